import { MAP_TEMPLATES, templateTouchpointId, type JourneyMap, type MapOperationInput } from '@safar/core';
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

interface StoredMapBody {
  map: JourneyMap;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

interface OperationsBody extends StoredMapBody {
  inverses: MapOperationInput[];
}

interface HistoryBody {
  items: { revision: number; changeKind: string; operations: MapOperationInput[]; actor: string }[];
}

const WS = '/api/workspaces/acme';

describe.each(testEngines())('map routes on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
    for (const id of ['acme', 'search']) {
      await t.app.inject({ method: 'POST', url: '/api/workspaces', payload: { id, name: id } });
    }
  });
  afterAll(async () => t.close());

  const send = (method: HTTPMethods, url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
  const issuePaths = (body: ApiErrorBody) => body.error.issues?.map((issue) => issue.path) ?? [];
  const createMap = async (payload: object, ws = WS): Promise<StoredMapBody> => {
    const response = await send('POST', `${ws}/maps`, payload);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<StoredMapBody>();
  };
  const apply = (id: string, baseRevision: number, operations: unknown[]) =>
    send('POST', `${WS}/maps/${id}/operations`, { baseRevision, operations });

  describe('creating and reading', () => {
    it('creates an empty map from a title; GET returns it at revision 1', async () => {
      const created = await createMap({ title: 'Checkout', id: 'checkout' });
      expect(created.revision).toBe(1);
      expect(created.map).toMatchObject({ id: 'checkout', title: 'Checkout', locale: 'en', status: 'draft' });
      expect(created.map).toMatchObject({ stages: [], lanes: [], cells: {}, personaIds: [] });

      const fetched = await send('GET', `${WS}/maps/checkout`);
      expect(fetched.statusCode).toBe(200);
      expect(fetched.headers['etag']).toBe('"1"');
      expect(fetched.json()).toEqual(created);

      const duplicate = await send('POST', `${WS}/maps`, { title: 'Again', id: 'checkout' });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json<ApiErrorBody>().error.code).toBe('conflict');
    });

    it.each(MAP_TEMPLATES.map((template) => template.id))(
      'creates a map from the %s template, adding its touchpoints to the catalogue',
      async (templateId) => {
        const template = MAP_TEMPLATES.find((candidate) => candidate.id === templateId);
        if (!template) throw new Error(templateId);
        const created = await createMap({ templateId, locale: 'el' });
        expect(created.revision).toBe(1);
        expect(created.map).toMatchObject({
          title: template.name.el,
          locale: 'el',
          kind: template.kind,
          journeyType: template.journeyType,
        });
        expect(created.map.stages.map((stage) => stage.id)).toEqual(
          template.stages.map((stage) => stage.key),
        );
        expect(created.map.lanes.map((lane) => lane.id)).toEqual(template.lanes.map((lane) => lane.key));
        const catalogue = await send('GET', `${WS}/touchpoints`);
        const ids = catalogue
          .json<{ items: { touchpoint: { id: string } }[] }>()
          .items.map((i) => i.touchpoint.id);
        for (const touchpoint of template.touchpoints)
          expect(ids).toContain(templateTouchpointId(touchpoint.key));

        const titled = await createMap({ templateId, title: 'Our own title' });
        expect(titled.map).toMatchObject({ title: 'Our own title', locale: 'en' });
      },
    );

    it.each([
      [{}, 'body.title'],
      [{ locale: 'fa' }, 'body.title'],
      [{ title: '   ' }, 'body.title'],
      [{ title: 'x', locale: 'de' }, 'body.locale'],
      [{ title: 'x', id: 'not an id' }, 'body.id'],
      [{ templateId: 'no-such-template' }, 'templateId'],
      [{ title: 'Nul\u0000' }, 'title'],
      [{ templateId: MAP_TEMPLATES[0]?.id, title: 'Lone \ud800' }, 'title'],
    ])('refuses to create from %j with a 400 naming %s', async (payload, path) => {
      const before = await send('GET', `${WS}/maps`);
      const response = await send('POST', `${WS}/maps`, payload);
      expect(response.statusCode, response.body).toBe(400);
      const body = response.json<ApiErrorBody>();
      expect(body.error.code).toBe('validation_failed');
      expect(issuePaths(body)).toContain(path);
      expect((await send('GET', `${WS}/maps`)).body).toBe(before.body);
    });

    it('lists maps, searching title, description and tags with q', async () => {
      const ws = '/api/workspaces/search';
      const bike = await createMap({ title: 'Buying a Bike' }, ws);
      const onboarding = await createMap({ title: 'Onboarding' }, ws);
      await createMap({ title: 'Renewal' }, ws);
      const tagged = await send('POST', `${ws}/maps/${onboarding.map.id}/operations`, {
        baseRevision: 1,
        operations: [
          { type: 'updateMap', changes: { description: 'First week with the bike app', tags: ['b2c'] } },
        ],
      });
      expect(tagged.statusCode, tagged.body).toBe(200);

      const all = await send('GET', `${ws}/maps`);
      expect(all.statusCode).toBe(200);
      const items = all.json<{
        items: { id: string; title: string; revision: number; stageCount: number }[];
      }>().items;
      expect(items).toHaveLength(3);
      expect(items.find((item) => item.id === bike.map.id)).toMatchObject({ revision: 1, stageCount: 0 });

      const titles = async (query: string) =>
        (await send('GET', `${ws}/maps${query}`))
          .json<{ items: { title: string }[] }>()
          .items.map((item) => item.title)
          .sort();
      expect(await titles('?q=BIKE')).toEqual(['Buying a Bike', 'Onboarding']);
      expect(await titles('?q=renew')).toEqual(['Renewal']);
      expect(await titles('?q=b2c')).toEqual(['Onboarding']);
      expect(await titles('?tag=b2c')).toEqual(['Onboarding']);
      expect(await titles('?q=nothing-matches')).toEqual([]);
    });
  });

  describe('operations', () => {
    it('applies edits one revision per request, and their inverses undo them through the API', async () => {
      const { map: empty } = await createMap({ title: 'Undoable', id: 'undoable' });
      const batches: unknown[][] = [
        [{ type: 'addStage', index: 0, stage: { id: 'explore', name: 'Explore', steps: [] } }],
        [
          { type: 'addStep', stageId: 'explore', index: 0, step: { id: 'search', name: 'Search' } },
          { type: 'addStep', stageId: 'explore', index: 1, step: { id: 'compare', name: 'Compare' } },
        ],
        [
          { type: 'addLane', index: 0, lane: { id: 'doing', kind: 'actions', name: 'Doing' } },
          { type: 'addLane', index: 1, lane: { id: 'feeling', kind: 'emotions', name: 'Feeling' } },
        ],
        [
          {
            type: 'setCell',
            laneId: 'doing',
            stepId: 'search',
            content: { shape: 'text', text: 'Googles it' },
          },
          { type: 'setCell', laneId: 'feeling', stepId: 'compare', content: { shape: 'emotion', score: -1 } },
          { type: 'updateMap', changes: { title: 'Undoable, edited', tags: ['demo'] } },
        ],
      ];
      const states: JourneyMap[] = [empty];
      const inverses: MapOperationInput[][] = [];
      let revision = 1;
      for (const operations of batches) {
        const response = await apply('undoable', revision, operations);
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json<OperationsBody>();
        expect(body.revision).toBe(revision + 1);
        revision = body.revision;
        expect(body.inverses).toHaveLength(operations.length);
        expect((await send('GET', `${WS}/maps/undoable`)).json<StoredMapBody>()).toMatchObject({
          revision,
          map: body.map,
        });
        states.push(body.map);
        inverses.push(body.inverses);
      }
      const last = states.at(-1);
      expect(last?.stages[0]?.steps.map((step) => step.id)).toEqual(['search', 'compare']);
      expect(last?.cells).toEqual({
        doing: { search: { shape: 'text', text: 'Googles it' } },
        feeling: { compare: { shape: 'emotion', score: -1, note: '' } },
      });

      // Undo, newest batch first: each undo is a new revision that restores the earlier content.
      for (let at = inverses.length - 1; at >= 0; at--) {
        const response = await apply('undoable', revision, inverses[at] ?? []);
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json<OperationsBody>();
        expect(body.revision).toBe(revision + 1);
        revision = body.revision;
        expect(body.map).toEqual(states[at]);
      }
      expect(revision).toBe(1 + 2 * batches.length);
      expect((await send('GET', `${WS}/maps/undoable`)).json<StoredMapBody>().map).toEqual(empty);
    });

    it('refuses a stale baseRevision with 409 and the current revision', async () => {
      await createMap({ title: 'Stale', id: 'stale' });
      const rename = [{ type: 'updateMap', changes: { title: 'Renamed' } }];
      expect((await apply('stale', 1, rename)).statusCode).toBe(200);
      const before = await send('GET', `${WS}/maps/stale`);
      for (const baseRevision of [1, 3]) {
        const response = await apply('stale', baseRevision, [
          { type: 'updateMap', changes: { title: 'Lost' } },
        ]);
        expect(response.statusCode).toBe(409);
        const { error } = response.json<ApiErrorBody>();
        expect(error.code).toBe('conflict');
        expect(error.details?.['currentRevision']).toBe(2);
      }
      expect((await send('GET', `${WS}/maps/stale`)).body).toBe(before.body);
    });

    it('refuses unknown touchpoint and persona references with 400 and changes nothing', async () => {
      await createMap({ title: 'References', id: 'refs' });
      const setup = await apply('refs', 1, [
        {
          type: 'addStage',
          index: 0,
          stage: { id: 'buy', name: 'Buy', steps: [{ id: 'pay', name: 'Pay' }] },
        },
        { type: 'addLane', index: 0, lane: { id: 'tps', kind: 'touchpoints', name: 'Touchpoints' } },
      ]);
      expect(setup.statusCode, setup.body).toBe(200);
      const before = await send('GET', `${WS}/maps/refs`);

      const touchpoint = await apply('refs', 2, [
        {
          type: 'setCell',
          laneId: 'tps',
          stepId: 'pay',
          content: { shape: 'touchpoints', touchpointIds: ['tp-ghost'] },
        },
      ]);
      expect(touchpoint.statusCode).toBe(400);
      const touchpointError = touchpoint.json<ApiErrorBody>().error;
      expect(touchpointError.code).toBe('validation_failed');
      expect(touchpointError.message).toContain('tp-ghost');
      expect(issuePaths(touchpoint.json<ApiErrorBody>())).toContain('cells');

      const persona = await apply('refs', 2, [{ type: 'updateMap', changes: { personaIds: ['nobody'] } }]);
      expect(persona.statusCode).toBe(400);
      expect(persona.json<ApiErrorBody>().error.message).toContain('nobody');
      expect(issuePaths(persona.json<ApiErrorBody>())).toContain('personaIds');

      expect((await send('GET', `${WS}/maps/refs`)).body).toBe(before.body);
      expect((await send('GET', `${WS}/maps/refs/history`)).json<HistoryBody>().items).toHaveLength(2);
    });
  });

  describe('replacing, deleting and history', () => {
    it('replaces the whole map at the right baseRevision and refuses a stale one', async () => {
      const { map } = await createMap({ title: 'Replace me', id: 'replace' });
      const next = {
        ...map,
        title: 'Replaced',
        stages: [{ id: 'only', name: 'Only stage', steps: [{ id: 'one', name: 'One' }] }],
      };
      const replaced = await send('PUT', `${WS}/maps/replace`, { baseRevision: 1, map: next });
      expect(replaced.statusCode, replaced.body).toBe(200);
      const stored = replaced.json<StoredMapBody>();
      expect(stored.revision).toBe(2);
      expect(stored.map.title).toBe('Replaced');
      expect(stored.map.stages[0]).toMatchObject({ id: 'only', colour: '#5b8def', description: '' });

      const stale = await send('PUT', `${WS}/maps/replace`, {
        baseRevision: 1,
        map: { ...map, title: 'Lost' },
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json<ApiErrorBody>().error.details?.['currentRevision']).toBe(2);
      expect((await send('GET', `${WS}/maps/replace`)).json()).toEqual(stored);
    });

    it('refuses a PUT whose map.id does not match the URL', async () => {
      const { map } = await createMap({ title: 'Mine', id: 'mine' });
      const before = await send('GET', `${WS}/maps/mine`);
      const response = await send('PUT', `${WS}/maps/mine`, {
        baseRevision: 1,
        map: { ...map, id: 'theirs' },
      });
      expect(response.statusCode).toBe(400);
      expect(issuePaths(response.json<ApiErrorBody>())).toContain('map.id');
      expect((await send('GET', `${WS}/maps/mine`)).body).toBe(before.body);
      expect((await send('GET', `${WS}/maps/theirs`)).statusCode).toBe(404);
    });

    it('deletes a map: 204, then 404 everywhere', async () => {
      await createMap({ title: 'Short-lived', id: 'short-lived' });
      const deleted = await send('DELETE', `${WS}/maps/short-lived`);
      expect(deleted.statusCode).toBe(204);
      expect(deleted.body).toBe('');
      for (const [method, suffix, payload] of [
        ['GET', '', undefined],
        ['DELETE', '', undefined],
        ['GET', '/history', undefined],
        ['GET', '/export', undefined],
        ['POST', '/operations', { baseRevision: 1, operations: [{ type: 'updateMap', changes: {} }] }],
        ['PUT', '', { baseRevision: 1, map: { id: 'short-lived', title: 'Back' } }],
      ] as const) {
        const response = await send(method, `${WS}/maps/short-lived${suffix}`, payload);
        expect(response.statusCode, `${method} ${suffix}`).toBe(404);
        expect(response.json<ApiErrorBody>().error.code).toBe('not_found');
      }
      const ids = (await send('GET', `${WS}/maps`))
        .json<{ items: { id: string }[] }>()
        .items.map((i) => i.id);
      expect(ids).not.toContain('short-lived');
    });

    it('lists the history newest first, with the operations of each revision', async () => {
      const { map } = await createMap({ title: 'Audited', id: 'audited' });
      const first = [{ type: 'addStage', index: 0, stage: { id: 'a', name: 'A', steps: [] } }];
      const second = [
        { type: 'updateStage', stageId: 'a', changes: { name: 'Aware' } },
        { type: 'addLane', index: 0, lane: { id: 'l', kind: 'text', name: 'Notes' } },
      ];
      expect((await apply('audited', 1, first)).statusCode).toBe(200);
      expect((await apply('audited', 2, second)).statusCode).toBe(200);
      const replaced = await send('PUT', `${WS}/maps/audited`, {
        baseRevision: 3,
        map: { ...map, title: 'Reset' },
      });
      expect(replaced.statusCode).toBe(200);

      const history = await send('GET', `${WS}/maps/audited/history`);
      expect(history.statusCode).toBe(200);
      const items = history.json<HistoryBody>().items;
      expect(items.map((item) => [item.revision, item.changeKind])).toEqual([
        [4, 'replace'],
        [3, 'operations'],
        [2, 'operations'],
        [1, 'create'],
      ]);
      expect(items.every((item) => item.actor === 'local')).toBe(true);
      expect(items[2]?.operations).toEqual([
        {
          type: 'addStage',
          index: 0,
          stage: { id: 'a', name: 'A', description: '', icon: '', colour: '#5b8def', steps: [] },
          cells: {},
        },
      ]);
      expect(items[1]?.operations).toEqual([
        second[0],
        { ...second[1], lane: { id: 'l', kind: 'text', name: 'Notes', description: '' }, cells: {} },
      ]);
      expect(items[0]?.operations).toEqual([]);
      expect(items[3]?.operations).toEqual([]);
    });
  });
});
