import { idSchema, type Persona } from '@safar/core';
import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, testEngines, type TestApp } from '../test-support/test-engines.js';

interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    issues?: { path: string; message: string }[];
    details?: Record<string, unknown>;
  };
}

interface StoredPersonaBody {
  persona: Persona;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

const BASE = '/api/workspaces/acme/personas';

describe.each(testEngines())('persona routes on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.app.inject({ method: 'POST', url: '/api/workspaces', payload: { id: 'acme', name: 'Acme' } });
  });
  afterAll(async () => t.close());

  const send = (method: HTTPMethods, url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
  const issuePaths = (body: ApiErrorBody) => body.error.issues?.map((issue) => issue.path) ?? [];

  it('creates a persona from a name alone, filling every default', async () => {
    const created = await send('POST', BASE, { name: '  Sara  ' });
    expect(created.statusCode, created.body).toBe(201);
    const stored = created.json<StoredPersonaBody>();
    expect(stored.revision).toBe(1);
    expect(idSchema.safeParse(stored.persona.id).success).toBe(true);
    expect(stored.persona).toEqual({
      id: stored.persona.id,
      name: 'Sara',
      avatarUrl: null,
      quote: '',
      description: '',
      demographics: {
        ageRange: null,
        gender: '',
        location: '',
        occupation: '',
        income: '',
        education: '',
        family: '',
      },
      psychographics: { values: [], interests: [], lifestyle: '', personality: [] },
      goals: [],
      motivations: [],
      frustrations: [],
      expectations: [],
      needs: [],
      preferredChannels: [],
      technologyUse: '',
      behaviourPatterns: [],
      purchaseHistory: '',
      customFields: [],
      segmentRule: { match: 'all', conditions: [] },
    });

    const fetched = await send('GET', `${BASE}/${stored.persona.id}`);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(stored);
  });

  it('keeps a chosen id, lists personas by name and refuses a duplicate id with 409', async () => {
    const first = await send('POST', BASE, {
      id: 'zoe',
      name: 'Zoe',
      demographics: { ageRange: { min: 25, max: 34 }, occupation: 'designer' },
      preferredChannels: ['instagram', 'email'],
    });
    expect(first.statusCode, first.body).toBe(201);
    const zoe = first.json<StoredPersonaBody>().persona;
    expect(zoe.id).toBe('zoe');
    expect(zoe.demographics).toMatchObject({
      ageRange: { min: 25, max: 34 },
      occupation: 'designer',
      gender: '',
    });
    expect((await send('POST', BASE, { id: 'adam', name: 'Adam' })).statusCode).toBe(201);

    const duplicate = await send('POST', BASE, { id: 'zoe', name: 'Another Zoe' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json<ApiErrorBody>().error.code).toBe('conflict');
    expect((await send('GET', `${BASE}/zoe`)).json<StoredPersonaBody>().persona.name).toBe('Zoe');

    const list = await send('GET', BASE);
    expect(list.statusCode).toBe(200);
    const names = list.json<{ items: StoredPersonaBody[] }>().items.map((item) => item.persona.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['Adam', 'Zoe']));
  });

  it('replaces a persona at its base revision and refuses a stale one with 409', async () => {
    await send('POST', BASE, { id: 'omid', name: 'Omid' });
    const updated = await send('PUT', `${BASE}/omid`, {
      baseRevision: 1,
      persona: { name: 'Omid R.', goals: ['buy quickly'] },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    const stored = updated.json<StoredPersonaBody>();
    expect(stored.revision).toBe(2);
    expect(stored.persona).toMatchObject({ id: 'omid', name: 'Omid R.', goals: ['buy quickly'], quote: '' });

    const stale = await send('PUT', `${BASE}/omid`, { baseRevision: 1, persona: { name: 'Lost update' } });
    expect(stale.statusCode).toBe(409);
    const { error } = stale.json<ApiErrorBody>();
    expect(error.code).toBe('conflict');
    expect(error.details?.['currentRevision']).toBe(2);
    expect((await send('GET', `${BASE}/omid`)).json()).toEqual(stored);

    // A revision far beyond any stored one (even past PostgreSQL's integer range) is stale too.
    for (const baseRevision of [9, 2_147_483_647, 3_000_000_000]) {
      const ahead = await send('PUT', `${BASE}/omid`, { baseRevision, persona: { name: 'Future' } });
      expect(ahead.statusCode, ahead.body).toBe(409);
      expect(ahead.json<ApiErrorBody>().error.details?.['currentRevision']).toBe(2);
    }

    // Without baseRevision the write goes on top of whatever is stored.
    const unconditional = await send('PUT', `${BASE}/omid`, { persona: { id: 'ignored', name: 'Omid' } });
    expect(unconditional.statusCode).toBe(200);
    expect(unconditional.json<StoredPersonaBody>()).toMatchObject({ revision: 3, persona: { id: 'omid' } });
  });

  it.each([
    [{ name: '' }, 'body.name'],
    [{}, 'body.name'],
    [{ name: 'Nul\u0000' }, 'name'],
    [{ name: 'X', quote: 'lone \ud800 surrogate' }, 'quote'],
    [{ id: 'has space', name: 'X' }, 'body.id'],
    [{ name: 'X', demographics: { ageRange: { min: 50, max: 20 } } }, 'body.demographics.ageRange.max'],
    [{ name: 'X', preferredChannels: ['fax'] }, 'body.preferredChannels.0'],
    [
      { name: 'X', psychographics: { personality: [{ low: 'calm', high: 'bold', value: 101 }] } },
      'body.psychographics.personality.0.value',
    ],
    [
      { name: 'X', segmentRule: { conditions: [{ property: 'plan', operator: 'in', value: [] }] } },
      'body.segmentRule.conditions.0.value',
    ],
  ])('rejects POST %j with a 400 naming %s', async (payload, path) => {
    const before = await send('GET', BASE);
    const response = await send('POST', BASE, payload);
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json<ApiErrorBody>();
    expect(body.error.code).toBe('validation_failed');
    expect(issuePaths(body)).toContain(path);
    expect((await send('GET', BASE)).body).toBe(before.body);
  });

  it('rejects an invalid PUT with a 400 naming the field and keeps the persona', async () => {
    await send('POST', BASE, { id: 'lina', name: 'Lina' });
    const before = await send('GET', `${BASE}/lina`);
    const cases: [object, string][] = [
      [{ baseRevision: 1, persona: { name: '' } }, 'body.persona.name'],
      [{ baseRevision: 0, persona: { name: 'Lina' } }, 'body.baseRevision'],
      [{ baseRevision: 1 }, 'body.persona'],
      [{ persona: { name: 'Lina', goals: [''] } }, 'body.persona.goals.0'],
    ];
    for (const [payload, path] of cases) {
      const response = await send('PUT', `${BASE}/lina`, payload);
      expect(response.statusCode, response.body).toBe(400);
      expect(issuePaths(response.json<ApiErrorBody>())).toContain(path);
    }
    expect((await send('GET', `${BASE}/lina`)).body).toBe(before.body);
  });

  it('answers 404 for a persona that does not exist', async () => {
    for (const [method, payload] of [
      ['GET', undefined],
      ['PUT', { persona: { name: 'Ghost' } }],
      ['DELETE', undefined],
    ] as const) {
      const response = await send(method, `${BASE}/ghost`, payload);
      expect(response.statusCode, `${method}: ${response.body}`).toBe(404);
      expect(response.json<ApiErrorBody>().error).toMatchObject({ code: 'not_found' });
      expect(response.json<ApiErrorBody>().error.message).toContain('ghost');
    }
  });

  it('refuses to delete a persona attached to a map, then deletes it once detached', async () => {
    await send('POST', BASE, { id: 'maya', name: 'Maya' });
    const created = await send('POST', '/api/workspaces/acme/maps', { title: 'Maya buys a bike' });
    const mapId = created.json<{ map: { id: string } }>().map.id;
    const mapUrl = `/api/workspaces/acme/maps/${mapId}`;
    const attached = await send('POST', `${mapUrl}/operations`, {
      baseRevision: 1,
      operations: [{ type: 'updateMap', changes: { personaIds: ['maya'] } }],
    });
    expect(attached.statusCode, attached.body).toBe(200);

    const refused = await send('DELETE', `${BASE}/maya`);
    expect(refused.statusCode).toBe(409);
    const { error } = refused.json<ApiErrorBody>();
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('maya');
    expect(error.details?.['maps']).toEqual([{ id: mapId, title: 'Maya buys a bike' }]);
    expect((await send('GET', `${BASE}/maya`)).statusCode).toBe(200);

    const detached = await send('POST', `${mapUrl}/operations`, {
      baseRevision: 2,
      operations: [{ type: 'updateMap', changes: { personaIds: [] } }],
    });
    expect(detached.statusCode, detached.body).toBe(200);

    const deleted = await send('DELETE', `${BASE}/maya`);
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expect((await send('GET', `${BASE}/maya`)).statusCode).toBe(404);
    const names = (await send('GET', BASE)).json<{ items: StoredPersonaBody[] }>().items;
    expect(names.map((item) => item.persona.id)).not.toContain('maya');
  });

  it('does not mistake a persona whose id is a prefix of an attached one for attached', async () => {
    await send('POST', BASE, { id: 'sam', name: 'Sam' });
    await send('POST', BASE, { id: 'sam-2', name: 'Sam 2' });
    const created = await send('POST', '/api/workspaces/acme/maps', { title: 'Sam 2 map' });
    const mapId = created.json<{ map: { id: string } }>().map.id;
    await send('POST', `/api/workspaces/acme/maps/${mapId}/operations`, {
      baseRevision: 1,
      operations: [{ type: 'updateMap', changes: { personaIds: ['sam-2'] } }],
    });
    expect((await send('DELETE', `${BASE}/sam`)).statusCode).toBe(204);
    expect((await send('DELETE', `${BASE}/sam-2`)).statusCode).toBe(409);
  });
});
