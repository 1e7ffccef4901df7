import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import RudderAnalytics from '@rudderstack/rudder-sdk-node';
import { Analytics as SegmentAnalytics } from '@segment/analytics-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../start-server.js';

/**
 * The real Segment and RudderStack Node SDKs, unchanged, sending to a listening Safar: every
 * event they send is stored exactly once, stitched to one person across devices, and their
 * retries (same messageIds) do not duplicate anything.
 */

interface StoredEvent {
  messageId: string;
  type: string;
  event: string;
  personId: string;
  anonymousId: string | null;
  userId: string | null;
  timestamp: string;
  channel: string;
  properties: Record<string, unknown>;
  traits: Record<string, unknown>;
  context: Record<string, unknown>;
  previousId: string | null;
  groupId: string | null;
}

interface PersonDetail {
  personId: string;
  ids: string[];
  traits: Record<string, unknown>;
  firstSeen: string;
  lastSeen: string;
  eventCount: number;
  channels: string[];
  channelCounts: Record<string, number>;
}

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'safar-sdk-'));
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: undefined,
    clickhouseUrl: undefined,
    clickhouseDatabase: 'safar',
  });
});

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    ...(init.body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  expect(response.ok, `${init.method ?? 'GET'} ${path}: ${response.status} ${text}`).toBe(true);
  return JSON.parse(text) as T;
}

/** A fresh workspace with a live write key. */
async function workspaceWithKey(id: string): Promise<{ ws: string; writeKey: string; keyId: string }> {
  await api('/api/workspaces', { method: 'POST', body: { id, name: id } });
  const created = await api<{ key: string; id: string }>(`/api/workspaces/${id}/write-keys`, {
    method: 'POST',
    body: { label: 'sdk test' },
  });
  return { ws: id, writeKey: created.key, keyId: created.id };
}

/** Every stored event of the workspace, oldest first (all pages). */
async function allEvents(ws: string): Promise<StoredEvent[]> {
  const items: StoredEvent[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page: { items: StoredEvent[]; nextCursor: string | null } = await api(
      `/api/workspaces/${ws}/events?limit=1000${query}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const person = (ws: string, id: string) =>
  api<PersonDetail>(`/api/workspaces/${ws}/persons/${encodeURIComponent(id)}`);
const persons = (ws: string) =>
  api<{ items: { personId: string }[]; total: number }>(`/api/workspaces/${ws}/persons`);

/** How many times each value occurs. */
function tally(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

// ---------------------------------------------------------------------------------------------
// A recording proxy in front of Safar: sees the bytes and headers the SDKs really send, and can
// lose the answer to a request Safar has already accepted, which is what makes an SDK retry.

interface SeenRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** What Safar answered (the SDK may have been told something else). */
  readonly safarStatus: number;
}

/** What the proxy does with request number n (from 0) after forwarding it to Safar. */
type Fault = 'answer' | 'answer-503' | 'never-answer';

interface RecordingProxy {
  readonly url: string;
  readonly seen: SeenRequest[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

async function startProxy(
  target: string,
  faultFor: (n: number) => Fault = () => 'answer',
): Promise<RecordingProxy> {
  const seen: SeenRequest[] = [];
  const held: ServerResponse[] = [];
  let count = 0;
  const proxy = createServer((request, response) => {
    const n = count++;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value === undefined || HOP_BY_HOP.has(name)) continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const path = request.url ?? '/';
      fetch(`${target}${path}`, { method: request.method ?? 'POST', headers, body })
        .then(async (upstream) => {
          const text = await upstream.text();
          seen.push({ path, headers: request.headers, body, safarStatus: upstream.status });
          const fault = faultFor(n);
          if (fault === 'never-answer') {
            held.push(response);
            return;
          }
          if (fault === 'answer-503') {
            response
              .writeHead(503, { 'content-type': 'application/json' })
              .end('{"error":{"code":"unavailable","message":"the proxy lost the answer"}}');
            return;
          }
          response
            .writeHead(upstream.status, {
              'content-type': upstream.headers.get('content-type') ?? 'application/json',
            })
            .end(text);
        })
        .catch((error: unknown) => {
          response.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    async close() {
      for (const response of held) response.destroy();
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}

/** The JSON body of a request as Safar decoded it: gunzipped when the SDK said it gzip'd it. */
function decodedBody(request: SeenRequest): { batch: { messageId: string; type: string }[] } {
  const bytes = request.headers['content-encoding'] === 'gzip' ? gunzipSync(request.body) : request.body;
  return JSON.parse(bytes.toString('utf8')) as { batch: { messageId: string; type: string }[] };
}

/** The messageIds on the wire, once per request that carried them (a retry repeats them). */
const messageIdsSent = (seen: readonly SeenRequest[]) =>
  seen.flatMap((request) => decodedBody(request).batch.map((message) => message.messageId));

/** A callback for one SDK call and a promise of its outcome (an error, or undefined once delivered). */
function deliveries() {
  const outcomes: Promise<unknown>[] = [];
  return {
    next(): (error?: unknown) => void {
      let settle: (error: unknown) => void = () => undefined;
      outcomes.push(new Promise((resolve) => (settle = resolve)));
      return (error?: unknown) => settle(error);
    },
    /** The errors of every call so far, once each has been delivered or has failed. */
    async failures(): Promise<unknown[]> {
      return (await Promise.all(outcomes)).filter((error) => error !== undefined && error !== null);
    },
  };
}

/** Seconds apart, in the past, so each event has its own unambiguous time. */
const base = Date.now() - 60 * 60 * 1000;
const at = (second: number) => new Date(base + second * 1000);

const webContext = { page: { path: '/', url: 'https://safar.example/' } };
const appContext = { app: { name: 'Safar Go', version: '1.0.0' }, os: { name: 'iOS' } };

// ---------------------------------------------------------------------------------------------

describe('the Segment Node SDK (@segment/analytics-node)', () => {
  it('delivers every call once and stitches two devices, an identify on each and an alias into one person', async () => {
    const { ws, writeKey } = await workspaceWithKey('segment');
    const proxy = await startProxy(server.url);
    try {
      const analytics = new SegmentAnalytics({
        writeKey,
        host: proxy.url,
        flushAt: 3,
        flushInterval: 20,
        maxRetries: 2,
      });
      const sdkErrors: unknown[] = [];
      analytics.on('error', (error) => sdkErrors.push(error));
      const calls = deliveries();
      const laptop = 'seg-laptop';
      const phone = 'seg-phone';

      // The laptop, anonymous, then signed in as sara.
      analytics.page(
        {
          anonymousId: laptop,
          name: 'Home',
          properties: { path: '/' },
          context: webContext,
          timestamp: at(1),
        },
        calls.next(),
      );
      analytics.track(
        {
          anonymousId: laptop,
          event: 'Trip Searched',
          properties: { to: 'Isfahan' },
          context: webContext,
          timestamp: at(2),
        },
        calls.next(),
      );
      analytics.identify(
        {
          userId: 'sara',
          anonymousId: laptop,
          traits: { name: 'Sara', email: 'sara@example.org', plan: 'free' },
          context: webContext,
          timestamp: at(3),
        },
        calls.next(),
      );
      analytics.track(
        {
          userId: 'sara',
          event: 'Trip Booked',
          properties: { price: 420, currency: 'EUR' },
          context: webContext,
          timestamp: at(4),
        },
        calls.next(),
      );
      // The phone, anonymous, then signed in as sara too: a later identify changes the plan.
      analytics.screen(
        { anonymousId: phone, name: 'Onboarding', context: appContext, timestamp: at(5) },
        calls.next(),
      );
      analytics.track(
        { anonymousId: phone, event: 'App Opened', context: appContext, timestamp: at(6) },
        calls.next(),
      );
      analytics.identify(
        {
          userId: 'sara',
          anonymousId: phone,
          traits: { plan: 'pro' },
          context: appContext,
          timestamp: at(7),
        },
        calls.next(),
      );
      // Everything so far is acknowledged before the alias, as it would be in real life.
      expect(await calls.failures()).toEqual([]);

      analytics.group(
        { userId: 'sara', groupId: 'acme', traits: { name: 'Acme' }, timestamp: at(8) },
        calls.next(),
      );
      analytics.alias({ userId: 'sara-new', previousId: 'sara', timestamp: at(9) }, calls.next());
      analytics.track(
        { userId: 'sara-new', event: 'Profile Updated', context: appContext, timestamp: at(10) },
        calls.next(),
      );
      await analytics.closeAndFlush({ timeout: 20_000 });
      expect(await calls.failures()).toEqual([]);
      expect(sdkErrors).toEqual([]);

      // On the wire: batches to /v1/batch with the write key as the Basic user, all answered 200.
      expect(proxy.seen.length).toBeGreaterThanOrEqual(3);
      for (const request of proxy.seen) {
        expect(request.path).toBe('/v1/batch');
        expect(request.safarStatus).toBe(200);
        expect(request.headers.authorization).toBe(`Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`);
      }
      const sent = messageIdsSent(proxy.seen);
      expect(sent).toHaveLength(10);
      expect(new Set(sent).size).toBe(10);

      const events = await allEvents(ws);
      expect(tally(events.map((event) => event.messageId))).toEqual(new Map(sent.map((id) => [id, 1])));
      expect(events.map((event) => event.event)).toEqual([
        'page',
        'Trip Searched',
        'identify',
        'Trip Booked',
        'screen',
        'App Opened',
        'identify',
        'group',
        'alias',
        'Profile Updated',
      ]);
      expect(new Set(events.map((event) => event.personId))).toEqual(new Set(['u:sara']));
      expect(events.map((event) => event.timestamp)).toEqual(
        Array.from({ length: 10 }, (_, index) => at(index + 1).toISOString()),
      );
      const booked = events.find((event) => event.event === 'Trip Booked');
      expect(booked?.properties).toEqual({ price: 420, currency: 'EUR' });
      expect(booked?.channel).toBe('web');
      const page = events.find((event) => event.type === 'page');
      expect(page?.properties).toMatchObject({ path: '/', name: 'Home' });
      expect(page?.anonymousId).toBe(laptop);
      const group = events.find((event) => event.type === 'group');
      expect(group).toMatchObject({ groupId: 'acme', userId: 'sara', traits: { name: 'Acme' } });
      const alias = events.find((event) => event.type === 'alias');
      expect(alias).toMatchObject({ userId: 'sara-new', previousId: 'sara' });

      // One person, found by any of its ids, holding both devices; the later identify wins.
      expect((await persons(ws)).total).toBe(1);
      for (const id of [`a:${laptop}`, `a:${phone}`, 'u:sara', 'u:sara-new']) {
        const found = await person(ws, id);
        expect(found.personId).toBe('u:sara');
        expect(found.ids).toEqual(['u:sara', 'u:sara-new', `a:${phone}`, `a:${laptop}`].sort(byIdKind));
        expect(found.eventCount).toBe(10);
        expect(found.traits).toEqual({ name: 'Sara', email: 'sara@example.org', plan: 'pro' });
        expect(found.channels).toEqual(expect.arrayContaining(['web', 'app']));
        expect(found.firstSeen).toBe(at(1).toISOString());
        expect(found.lastSeen).toBe(at(10).toISOString());
      }
    } finally {
      await proxy.close();
    }
  });
});

/** The order the API lists a person's ids in: user ids first, each kind sorted. */
function byIdKind(a: string, b: string): number {
  const rank = (id: string) => (id.startsWith('u:') ? 0 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

describe('the RudderStack Node SDK (@rudderstack/rudder-sdk-node)', () => {
  it('sends gzip on the wire, and every call arrives once, stitched into one person', async () => {
    const { ws, writeKey } = await workspaceWithKey('rudder');
    const proxy = await startProxy(server.url);
    try {
      const analytics = new RudderAnalytics(writeKey, {
        dataPlaneUrl: proxy.url,
        gzip: true,
        flushAt: 3,
        flushInterval: 20,
        retryCount: 2,
        logLevel: 'error',
      });
      expect(Reflect.get(analytics, 'gzip')).toBe(true);
      const calls = deliveries();
      const laptop = 'rs-laptop';
      const phone = 'rs-phone';
      // The SDK stamps originalTimestamp itself unless given one; Safar corrects it for clock skew
      // with sentAt. Fixed ones make the order, and so "latest identify wins", unambiguous.
      const when = (second: number) => ({ originalTimestamp: at(second) });

      analytics.page(
        {
          anonymousId: laptop,
          name: 'Pricing',
          properties: { path: '/pricing' },
          context: webContext,
          ...when(1),
        },
        calls.next(),
      );
      analytics.track(
        {
          anonymousId: laptop,
          event: 'Plan Compared',
          properties: { plans: 3 },
          context: webContext,
          ...when(2),
        },
        calls.next(),
      );
      analytics.identify(
        {
          userId: 'omid',
          anonymousId: laptop,
          traits: { name: 'Omid', city: 'Tabriz', plan: 'free' },
          context: webContext,
          ...when(3),
        },
        calls.next(),
      );
      analytics.track(
        {
          userId: 'omid',
          event: 'Subscribed',
          properties: { plan: 'team' },
          context: webContext,
          ...when(4),
        },
        calls.next(),
      );
      analytics.screen(
        { anonymousId: phone, name: 'Welcome', context: appContext, ...when(5) },
        calls.next(),
      );
      analytics.identify(
        { userId: 'omid', anonymousId: phone, traits: { plan: 'team' }, context: appContext, ...when(6) },
        calls.next(),
      );
      await analytics.flush();
      expect(await calls.failures()).toEqual([]);

      analytics.group(
        { userId: 'omid', groupId: 'caravan', traits: { name: 'Caravan Co' }, ...when(7) },
        calls.next(),
      );
      analytics.alias({ userId: 'omid-2', previousId: 'omid', ...when(8) }, calls.next());
      analytics.track(
        { userId: 'omid-2', event: 'Seat Added', context: appContext, ...when(9) },
        calls.next(),
      );
      await analytics.flush();
      expect(await calls.failures()).toEqual([]);

      // Gzip really was used: every request says so and its bytes are a gzip stream.
      expect(proxy.seen.length).toBeGreaterThanOrEqual(3);
      for (const request of proxy.seen) {
        expect(request.path).toBe('/v1/batch');
        expect(request.safarStatus).toBe(200);
        expect(request.headers['content-encoding']).toBe('gzip');
        expect([...request.body.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
        expect(request.headers.authorization).toBe(`Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`);
      }
      const sent = messageIdsSent(proxy.seen);
      expect(sent).toHaveLength(9);
      expect(new Set(sent).size).toBe(9);

      const events = await allEvents(ws);
      expect(tally(events.map((event) => event.messageId))).toEqual(new Map(sent.map((id) => [id, 1])));
      expect(events.map((event) => event.event)).toEqual([
        'page',
        'Plan Compared',
        'identify',
        'Subscribed',
        'screen',
        'identify',
        'group',
        'alias',
        'Seat Added',
      ]);
      expect(new Set(events.map((event) => event.personId))).toEqual(new Set(['u:omid']));
      // Clock-skew correction keeps the SDK's own times (same clock here, so within a few seconds).
      events.forEach((event, index) => {
        expect(Math.abs(Date.parse(event.timestamp) - at(index + 1).getTime())).toBeLessThan(5_000);
      });
      expect(events.find((event) => event.event === 'Subscribed')?.properties).toEqual({ plan: 'team' });
      expect(events.find((event) => event.type === 'group')).toMatchObject({ groupId: 'caravan' });
      expect(events.find((event) => event.type === 'alias')).toMatchObject({
        userId: 'omid-2',
        previousId: 'omid',
      });

      expect((await persons(ws)).total).toBe(1);
      for (const id of [`a:${laptop}`, `a:${phone}`, 'u:omid', 'u:omid-2']) {
        const found = await person(ws, id);
        expect(found.personId).toBe('u:omid');
        expect(found.ids).toEqual(['u:omid', 'u:omid-2', `a:${phone}`, `a:${laptop}`].sort(byIdKind));
        expect(found.eventCount).toBe(9);
        expect(found.traits).toEqual({ name: 'Omid', city: 'Tabriz', plan: 'team' });
        expect(found.channels).toEqual(expect.arrayContaining(['web', 'app']));
      }
    } finally {
      await proxy.close();
    }
  });
});

describe('redelivery with the same messageIds', () => {
  it('stores a batch sent twice (as an SDK retry does) once', async () => {
    const { ws, writeKey } = await workspaceWithKey('retry-fetch');
    const auth = `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;
    const ids = Array.from({ length: 5 }, () => randomUUID());
    const batch = {
      batch: [
        {
          type: 'page',
          messageId: ids[0],
          anonymousId: 'dev-1',
          name: 'Home',
          timestamp: at(1).toISOString(),
        },
        {
          type: 'track',
          messageId: ids[1],
          anonymousId: 'dev-1',
          event: 'Clicked',
          timestamp: at(2).toISOString(),
        },
        {
          type: 'identify',
          messageId: ids[2],
          anonymousId: 'dev-1',
          userId: 'leila',
          traits: { plan: 'free' },
          timestamp: at(3).toISOString(),
        },
        { type: 'track', messageId: ids[3], userId: 'leila', event: 'Paid', timestamp: at(4).toISOString() },
        {
          type: 'alias',
          messageId: ids[4],
          userId: 'leila-2',
          previousId: 'leila',
          timestamp: at(5).toISOString(),
        },
      ],
      sentAt: new Date().toISOString(),
    };
    const send = (path: string, body: unknown, authorization = auth) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization, 'x-retry-count': '1' },
        body: JSON.stringify(body),
      });

    expect((await send('/v1/batch', batch)).status).toBe(200);
    // The SDK timed out or got a 5xx and sends the very same batch again, later.
    expect((await send('/v1/batch', { ...batch, sentAt: new Date().toISOString() })).status).toBe(200);
    // Twice more at once, and a message of it alone on its own endpoint.
    const again = await Promise.all([send('/v1/batch', batch), send('/v1/batch', batch)]);
    expect(again.map((response) => response.status)).toEqual([200, 200]);
    const single = batch.batch[3];
    expect((await send('/v1/track', single)).status).toBe(200);
    // The same messages under a second key of the same workspace are still the same messages.
    const second = await api<{ key: string }>(`/api/workspaces/${ws}/write-keys`, {
      method: 'POST',
      body: {},
    });
    expect(
      (await send('/v1/batch', batch, `Basic ${Buffer.from(`${second.key}:`).toString('base64')}`)).status,
    ).toBe(200);

    const events = await allEvents(ws);
    expect(events.map((event) => event.messageId).sort()).toEqual([...ids].sort());
    expect(events.map((event) => event.event)).toEqual(['page', 'Clicked', 'identify', 'Paid', 'alias']);
    expect(new Set(events.map((event) => event.personId))).toEqual(new Set(['u:leila']));
    const leila = await person(ws, 'a:dev-1');
    expect(leila.ids).toEqual(['u:leila', 'u:leila-2', 'a:dev-1']);
    expect(leila.eventCount).toBe(5);

    // Dedupe is per workspace: another workspace receiving the same messageIds stores its own copy.
    const other = await workspaceWithKey('retry-fetch-other');
    const toOther = await send(
      '/v1/batch',
      batch,
      `Basic ${Buffer.from(`${other.writeKey}:`).toString('base64')}`,
    );
    expect(toOther.status).toBe(200);
    expect((await allEvents(other.ws)).map((event) => event.messageId).sort()).toEqual([...ids].sort());
    expect(await allEvents(ws)).toHaveLength(5);
  });

  it('stores once what the Segment SDK redelivers after a 503 and after a timeout', async () => {
    const { ws, writeKey } = await workspaceWithKey('retry-segment');
    // Safar accepts and stores the first two requests, but the SDK hears a 503, then nothing.
    const proxy = await startProxy(server.url, (n) =>
      n === 0 ? 'answer-503' : n === 1 ? 'never-answer' : 'answer',
    );
    try {
      const analytics = new SegmentAnalytics({
        writeKey,
        host: proxy.url,
        flushAt: 3,
        flushInterval: 10_000,
        maxRetries: 3,
        httpRequestTimeout: 300,
      });
      const calls = deliveries();
      analytics.track({ anonymousId: 'retry-dev', event: 'Viewed', timestamp: at(1) }, calls.next());
      analytics.identify(
        { anonymousId: 'retry-dev', userId: 'reza', traits: { plan: 'free' }, timestamp: at(2) },
        calls.next(),
      );
      analytics.track({ userId: 'reza', event: 'Bought', timestamp: at(3) }, calls.next());
      await analytics.closeAndFlush({ timeout: 20_000 });
      expect(await calls.failures()).toEqual([]);

      // One batch on the wire three times: the SDK retried it with the same messageIds.
      expect(proxy.seen).toHaveLength(3);
      expect(proxy.seen.map((request) => request.safarStatus)).toEqual([200, 200, 200]);
      expect(proxy.seen.map((request) => request.headers['x-retry-count'])).toEqual([undefined, '1', '2']);
      const [first, ...retries] = proxy.seen.map((request) =>
        decodedBody(request).batch.map((message) => message.messageId),
      );
      expect(first).toHaveLength(3);
      for (const retry of retries) expect(retry).toEqual(first);

      const events = await allEvents(ws);
      expect(events.map((event) => event.messageId).sort()).toEqual([...(first ?? [])].sort());
      expect(events.map((event) => event.event)).toEqual(['Viewed', 'identify', 'Bought']);
      expect((await person(ws, 'u:reza')).eventCount).toBe(3);
    } finally {
      await proxy.close();
    }
  });

  it('stores once what the RudderStack SDK redelivers after a 503', async () => {
    const { ws, writeKey } = await workspaceWithKey('retry-rudder');
    const proxy = await startProxy(server.url, (n) => (n === 0 ? 'answer-503' : 'answer'));
    try {
      const analytics = new RudderAnalytics(writeKey, {
        dataPlaneUrl: proxy.url,
        gzip: true,
        flushAt: 10,
        flushInterval: 10_000,
        retryCount: 2,
        logLevel: 'none', // the 503 is on purpose
      });
      const calls = deliveries();
      // The SDK sends its very first call at once, alone; the other two follow on flush().
      analytics.track({ anonymousId: 'rs-retry-dev', event: 'Viewed' }, calls.next());
      analytics.identify(
        { anonymousId: 'rs-retry-dev', userId: 'nika', traits: { plan: 'team' } },
        calls.next(),
      );
      analytics.track({ userId: 'nika', event: 'Invited' }, calls.next());
      await analytics.flush();
      expect(await calls.failures()).toEqual([]);

      expect(proxy.seen.length).toBe(3);
      expect(proxy.seen.every((request) => request.safarStatus === 200)).toBe(true);
      const perRequest = proxy.seen.map((request) =>
        decodedBody(request).batch.map((message) => message.messageId),
      );
      expect(perRequest[1]).toEqual(perRequest[0]);
      const sent = new Set(perRequest.flat());
      expect(sent.size).toBe(3);

      const events = await allEvents(ws);
      expect(events.map((event) => event.messageId).sort()).toEqual([...sent].sort());
      expect((await person(ws, 'a:rs-retry-dev')).personId).toBe('u:nika');
    } finally {
      await proxy.close();
    }
  });
});
