import type { JourneyMap, MapDocument } from '@safar/core';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, testEngines, type TestApp } from '../test-support/test-engines.js';

/**
 * The acceptance list of the bad-input issue: every bad request gets a 4xx whose body names the
 * problem, and leaves the stored map byte-for-byte as it was, with no revision added.
 */

interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    issues?: { path: string; message: string }[];
    details?: Record<string, unknown>;
  };
}

const WS = '/api/workspaces/acme';
const MAP_URL = `${WS}/maps/trip`;
const TEN_MB = 10 * 1024 * 1024;

interface Expected {
  status: number;
  code: string;
  /** Must match the message or the path of one of the issues. */
  names: RegExp;
}

describe.each(testEngines())('bad input on %s', (engine) => {
  let t: TestApp;
  let stored: JourneyMap;
  let revision: number;

  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.app.inject({ method: 'POST', url: '/api/workspaces', payload: { id: 'acme', name: 'Acme' } });
    await t.app.inject({
      method: 'POST',
      url: `${WS}/touchpoints`,
      payload: { id: 'site', name: 'Site', channel: 'website' },
    });
    await t.app.inject({ method: 'POST', url: `${WS}/personas`, payload: { id: 'sara', name: 'Sara' } });
    await t.app.inject({ method: 'POST', url: `${WS}/maps`, payload: { id: 'trip', title: 'Book a trip' } });
    const built = await t.app.inject({
      method: 'POST',
      url: `${MAP_URL}/operations`,
      payload: {
        baseRevision: 1,
        operations: [
          {
            type: 'addStage',
            index: 0,
            stage: {
              id: 'plan',
              name: 'Plan',
              steps: [
                { id: 'search', name: 'Search' },
                { id: 'book', name: 'Book' },
              ],
            },
          },
          { type: 'addLane', index: 0, lane: { id: 'doing', kind: 'actions', name: 'Doing' } },
          { type: 'addLane', index: 1, lane: { id: 'where', kind: 'touchpoints', name: 'Where' } },
          {
            type: 'setCell',
            laneId: 'doing',
            stepId: 'search',
            content: { shape: 'text', text: 'Compares prices' },
          },
          {
            type: 'setCell',
            laneId: 'where',
            stepId: 'book',
            content: { shape: 'touchpoints', touchpointIds: ['site'] },
          },
          { type: 'updateMap', changes: { personaIds: ['sara'], tags: ['travel'] } },
        ],
      },
    });
    expect(built.statusCode, built.body).toBe(200);
    ({ map: stored, revision } = built.json<{ map: JourneyMap; revision: number }>());
  });
  afterAll(async () => t.close());

  /** Everything a bad request could have touched, as the API serves it. */
  async function snapshot() {
    const get = async (url: string) => {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      return response.body;
    };
    return {
      map: await get(MAP_URL),
      history: JSON.parse(await get(`${MAP_URL}/history`)).items.length as number,
      maps: await get(`${WS}/maps`),
      touchpoints: await get(`${WS}/touchpoints`),
      personas: await get(`${WS}/personas`),
    };
  }

  async function expectRejected(request: InjectOptions, expected: Expected): Promise<ApiErrorBody['error']> {
    const before = await snapshot();
    const response = await t.app.inject(request);
    expect(response.statusCode, response.body.slice(0, 500)).toBe(expected.status);
    const { error } = response.json<ApiErrorBody>();
    expect(error.code).toBe(expected.code);
    const named = [error.message, ...(error.issues ?? []).flatMap((issue) => [issue.path, issue.message])];
    expect(named.join('\n')).toMatch(expected.names);
    const after = await snapshot();
    expect(after.map).toBe(before.map);
    expect(after.history).toBe(before.history);
    expect(after).toEqual(before);
    return error;
  }

  const operations = (ops: unknown[], baseRevision = revision): InjectOptions => ({
    method: 'POST',
    url: `${MAP_URL}/operations`,
    payload: { baseRevision, operations: ops },
  });
  const replace = (map: object, baseRevision = revision): InjectOptions => ({
    method: 'PUT',
    url: MAP_URL,
    payload: { baseRevision, map },
  });
  const importDocument = (document: object, query = ''): InjectOptions => ({
    method: 'POST',
    url: `${WS}/maps/import${query}`,
    payload: document,
  });
  const exported = async (): Promise<MapDocument> =>
    (await t.app.inject({ method: 'GET', url: `${MAP_URL}/export` })).json<MapDocument>();

  it.each([
    ['POST', `${MAP_URL}/operations`],
    ['PUT', MAP_URL],
    ['POST', `${WS}/maps/import`],
  ] as const)('answers malformed JSON on %s %s with 400 invalid_json', async (method, url) => {
    await expectRejected(
      {
        method,
        url,
        payload: '{"baseRevision": 1, "operations": [',
        headers: { 'content-type': 'application/json' },
      },
      { status: 400, code: 'invalid_json', names: /JSON/ },
    );
  });

  it('refuses an import with an unsupported schemaVersion', async () => {
    const document = { ...(await exported()), schemaVersion: 99 };
    const error = await expectRejected(importDocument(document, '?asCopy=true'), {
      status: 400,
      code: 'validation_failed',
      names: /schemaVersion/,
    });
    expect(error.message).toContain('99');
  });

  it.each([
    [{ format: 'other.format' }, /format/],
    [{ format: undefined }, /body\.format/],
    [{ schemaVersion: '1' }, /body\.schemaVersion/],
    [{ map: { id: 'trip-2', title: '' } }, /map\.title/],
  ])('refuses an import document changed by %j', async (change, names) => {
    const document = { ...(await exported()), ...change };
    await expectRejected(importDocument(document, '?asCopy=true'), {
      status: 400,
      code: 'validation_failed',
      names,
    });
  });

  it('refuses an addLane of unknown kind, naming the kind', async () => {
    const addLane = { type: 'addLane', index: 0, lane: { id: 'mood', kind: 'feelings', name: 'Mood' } };
    await expectRejected(operations([addLane]), {
      status: 400,
      code: 'validation_failed',
      names: /body\.operations\.0\.lane\.kind/,
    });
  });

  it('refuses a replace with a lane of unknown kind, naming the kind', async () => {
    const lanes = [...stored.lanes, { id: 'mood', kind: 'feelings', name: 'Mood' }];
    await expectRejected(replace({ ...stored, title: 'Changed', lanes }), {
      status: 400,
      code: 'validation_failed',
      names: /body\.map\.lanes\.2\.kind/,
    });
  });

  it('refuses a cell for a step that does not exist', async () => {
    const setCell = {
      type: 'setCell',
      laneId: 'doing',
      stepId: 'nope',
      content: { shape: 'text', text: 'Hi' },
    };
    const error = await expectRejected(operations([setCell]), {
      status: 400,
      code: 'validation_failed',
      names: /operations\.0\.stepId/,
    });
    expect(error.message).toContain('nope');
  });

  it('refuses a replace whose cells refer to a missing step', async () => {
    const cells = {
      ...stored.cells,
      doing: { ...stored.cells['doing'], nope: { shape: 'text', text: 'x' } },
    };
    await expectRejected(replace({ ...stored, cells }), {
      status: 400,
      code: 'validation_failed',
      names: /body\.map\.cells\.doing\.nope/,
    });
  });

  it('refuses an added stage whose id is already a step id', async () => {
    const addStage = { type: 'addStage', index: 1, stage: { id: 'search', name: 'Search again', steps: [] } };
    await expectRejected(operations([addStage]), {
      status: 400,
      code: 'validation_failed',
      names: /duplicate/,
    });
  });

  it('refuses a replace with two lanes of the same id', async () => {
    const lanes = [...stored.lanes, { id: 'doing', kind: 'thoughts', name: 'Thinking' }];
    const error = await expectRejected(replace({ ...stored, lanes }), {
      status: 400,
      code: 'validation_failed',
      names: /duplicate/,
    });
    expect(error.issues?.map((issue) => issue.path)).toContain('body.map.lanes.2.id');
  });

  it.each([
    [
      'a replace whose map description is 10 MB',
      () => replace({ ...stored, description: 'x'.repeat(TEN_MB) }),
    ],
    [
      'a 10 MB JSON string',
      (): InjectOptions => ({
        method: 'POST',
        url: `${MAP_URL}/operations`,
        payload: JSON.stringify('x'.repeat(TEN_MB)),
        headers: { 'content-type': 'application/json' },
      }),
    ],
    [
      'a 10 MB import',
      () => importDocument({ format: 'safar.journey-map', schemaVersion: 1, junk: 'x'.repeat(TEN_MB) }),
    ],
  ])('answers %s with 413', async (_name, request) => {
    await expectRejected(request(), { status: 413, code: 'body_too_large', names: /too large/ });
  });

  it('refuses a stale baseRevision with 409 and the current revision', async () => {
    const rename = { type: 'updateMap', changes: { title: 'Too late' } };
    for (const request of [
      operations([rename], revision - 1),
      replace({ ...stored, title: 'Too late' }, 1),
    ]) {
      const error = await expectRejected(request, { status: 409, code: 'conflict', names: /revision/ });
      expect(error.details?.['currentRevision']).toBe(revision);
    }
  });

  it.each([
    [{ type: 'deleteLane', laneId: 'nope' }, /operations\.2\.laneId/],
    [{ type: 'addStep', stageId: 'plan', index: 0, step: { id: 'doing', name: 'Clash' } }, /duplicate/],
    [{ type: 'setCell', laneId: 'doing', stepId: 'book', content: { shape: 'emotion', score: 1 } }, /shape/],
    [
      {
        type: 'setCell',
        laneId: 'where',
        stepId: 'search',
        content: { shape: 'touchpoints', touchpointIds: ['ghost'] },
      },
      /ghost/,
    ],
    [{ type: 'updateMap', changes: { personaIds: ['sara', 'ghost'] } }, /personaIds/],
    [{ type: 'moveStage', stageId: 'plan', toIndex: 7 }, /toIndex/],
    [{ type: 'setCell', laneId: 'doing', stepId: 'book' }, /body\.operations\.2\.content/],
    [{ type: 'explode' }, /body\.operations\.2/],
  ])('applies none of a batch of 3 whose 3rd is %j', async (third, names) => {
    const batch = [
      { type: 'updateMap', changes: { title: 'Half-applied' } },
      { type: 'setCell', laneId: 'doing', stepId: 'book', content: { shape: 'text', text: 'Pays' } },
      third,
    ];
    await expectRejected(operations(batch), { status: 400, code: 'validation_failed', names });
  });

  // PostgreSQL text and jsonb cannot hold U+0000, and jsonb refuses unpaired surrogates.
  it.each([
    [
      'a NUL in an operation',
      () => operations([{ type: 'updateMap', changes: { description: 'a\u0000b' } }]),
      /operations\.0\.changes\.description/,
    ],
    [
      'a lone surrogate in a cell',
      () =>
        operations([
          { type: 'setCell', laneId: 'doing', stepId: 'book', content: { shape: 'text', text: '\ud800' } },
        ]),
      /operations\.0\.content\.text/,
    ],
    ['a NUL in a replaced title', () => replace({ ...stored, title: 'Trip\u0000' }), /map\.title/],
    [
      'a lone surrogate in an imported persona',
      async () =>
        importDocument(
          { ...(await exported()), personas: [{ id: 'ghost', name: 'Ghost', quote: 'Boo \udc00' }] },
          '?asCopy=true',
        ),
      /personas\.0\.quote/,
    ],
  ])('refuses %s with a 400 naming the field', async (_name, request, names) => {
    await expectRejected(await request(), { status: 400, code: 'validation_failed', names });
  });

  it('refuses to import a map whose id exists (409) unless asCopy=true', async () => {
    const document = await exported();
    // A catalogue entry new to the workspace must not be left behind by the refused import.
    const withExtras = {
      ...document,
      touchpoints: [...document.touchpoints, { id: 'kiosk', name: 'Kiosk', channel: 'physical-store' }],
    };
    const error = await expectRejected(importDocument(withExtras), {
      status: 409,
      code: 'conflict',
      names: /trip/,
    });
    expect(error.details?.['id']).toBe('trip');

    const before = await snapshot();
    const copied = await t.app.inject(importDocument(withExtras, '?asCopy=true'));
    expect(copied.statusCode, copied.body).toBe(201);
    const copy = copied.json<{ map: JourneyMap; revision: number; createdTouchpointIds: string[] }>();
    expect(copy.map.id).not.toBe('trip');
    expect(copy.revision).toBe(1);
    expect(copy.createdTouchpointIds).toEqual(['kiosk']);
    expect({ ...copy.map, id: 'trip' }).toEqual(stored);
    const after = await snapshot();
    expect(after.map).toBe(before.map);
    expect(after.history).toBe(before.history);
    expect(
      JSON.parse(after.maps)
        .items.map((item: { id: string }) => item.id)
        .sort(),
    ).toEqual([copy.map.id, 'trip'].sort());
  });
});
