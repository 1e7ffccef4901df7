import {
  CURRENT_MAP_SCHEMA_VERSION,
  LOCALES,
  MAP_TEMPLATES,
  mapDocumentSchema,
  referencedTouchpointIds,
  type JourneyMap,
  type Locale,
  type MapDocument,
} from '@safar/core';
import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, testEngines, type TestApp } from '../test-support/test-engines.js';

const CASES = MAP_TEMPLATES.flatMap((template) => LOCALES.map((locale) => [template.id, locale] as const));

/** The script each locale's text is written in. */
const SCRIPT: Record<Locale, RegExp> = {
  en: /[A-Za-z]/,
  fa: /[\u0600-\u06FF]/,
  ar: /[\u0600-\u06FF]/,
  el: /[\u0370-\u03FF]/,
};

interface ImportBody {
  map: JourneyMap;
  revision: number;
  createdTouchpointIds: string[];
  keptTouchpointIds: string[];
  createdPersonaIds: string[];
  keptPersonaIds: string[];
}

describe.each(testEngines())('template round trip on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/workspaces',
      payload: { id: 'a', name: 'A' },
    });
    expect(created.statusCode).toBe(201);
  });
  afterAll(async () => t.close());

  const send = (method: HTTPMethods, url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });

  const createFromTemplate = async (ws: string, templateId: string, locale: Locale): Promise<JourneyMap> => {
    const created = await send('POST', `/api/workspaces/${ws}/maps`, { templateId, locale });
    expect(created.statusCode, created.body).toBe(201);
    return created.json<{ map: JourneyMap }>().map;
  };

  const exportMap = async (ws: string, id: string): Promise<MapDocument> => {
    const response = await send('GET', `/api/workspaces/${ws}/maps/${id}/export`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain(`${id}.safar.json`);
    return response.json<MapDocument>();
  };

  const importMap = async (ws: string, document: MapDocument): Promise<ImportBody> => {
    const response = await send('POST', `/api/workspaces/${ws}/maps/import`, document);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<ImportBody>();
  };

  const newWorkspace = async (id: string) => {
    const response = await send('POST', '/api/workspaces', { id, name: id });
    expect(response.statusCode, response.body).toBe(201);
  };

  /** A valid, complete document: the schema accepts it as it is, adding nothing. */
  const expectCompleteDocument = (document: MapDocument) => {
    const parsed = mapDocumentSchema.safeParse(document);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    expect(parsed.data).toEqual(document);
    expect(document.format).toBe('safar.journey-map');
    expect(document.schemaVersion).toBe(CURRENT_MAP_SCHEMA_VERSION);
    expect(document.schemaVersion).toBe(1);
    const exportedIds = document.touchpoints.map((touchpoint) => touchpoint.id).sort();
    expect(exportedIds).toEqual([...referencedTouchpointIds(document.map)].sort());
    expect(document.personas.map((persona) => persona.id).sort()).toEqual(
      [...document.map.personaIds].sort(),
    );
  };

  it.each(CASES)('%s in %s survives export, import elsewhere and re-import', async (templateId, locale) => {
    const template = MAP_TEMPLATES.find((candidate) => candidate.id === templateId);
    const map = await createFromTemplate('a', templateId, locale);
    expect(map.locale).toBe(locale);
    expect(map.title).toBe(template?.name[locale]);

    const first = await exportMap('a', map.id);
    expectCompleteDocument(first);
    expect(first.map).toEqual(map);

    const b = `b-${templateId}-${locale}`;
    await newWorkspace(b);
    const imported = await importMap(b, first);
    expect(imported.revision).toBe(1);
    expect(imported.map).toEqual(first.map);
    expect(imported.createdTouchpointIds.sort()).toEqual(
      first.touchpoints.map((touchpoint) => touchpoint.id).sort(),
    );
    expect(imported.keptTouchpointIds).toEqual([]);
    expect(await exportMap(b, map.id)).toEqual(first);

    expect((await send('DELETE', `/api/workspaces/a/maps/${map.id}`)).statusCode).toBe(204);
    const reimported = await importMap('a', first);
    expect(reimported.createdTouchpointIds).toEqual([]);
    expect(await exportMap('a', map.id)).toEqual(first);
  });

  it.each(CASES)('%s in %s is written in the script of its locale', async (templateId, locale) => {
    const map = await createFromTemplate('a', templateId, locale);
    expect(map.title).toMatch(SCRIPT[locale]);
    for (const stage of map.stages) expect(stage.name, `stage ${stage.id}`).toMatch(SCRIPT[locale]);
  });

  it('carries the personas and catalogue touchpoints a map uses', async () => {
    const [template] = MAP_TEMPLATES;
    if (!template) throw new Error('no templates');
    const created = await createFromTemplate('a', template.id, 'fa');
    expect(
      (await send('POST', '/api/workspaces/a/personas', { id: 'nasrin', name: 'Nasrin' })).statusCode,
    ).toBe(201);
    expect(
      (
        await send('POST', '/api/workspaces/a/touchpoints', {
          id: 'kiosk',
          name: 'Kiosk',
          channel: 'physical-store',
        })
      ).statusCode,
    ).toBe(201);
    const edited = await send('POST', `/api/workspaces/a/maps/${created.id}/operations`, {
      baseRevision: 1,
      operations: [
        {
          type: 'addStage',
          index: 0,
          stage: { id: 'extra', name: 'Extra', steps: [{ id: 'visit', name: 'Visit' }] },
        },
        { type: 'addLane', index: 0, lane: { id: 'extra-tps', kind: 'touchpoints', name: 'Where' } },
        {
          type: 'setCell',
          laneId: 'extra-tps',
          stepId: 'visit',
          content: { shape: 'touchpoints', touchpointIds: ['kiosk'] },
        },
        { type: 'updateMap', changes: { personaIds: ['nasrin'] } },
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);

    const first = await exportMap('a', created.id);
    expectCompleteDocument(first);
    expect(first.personas).toEqual([expect.objectContaining({ id: 'nasrin', name: 'Nasrin' })]);
    expect(first.touchpoints.map((touchpoint) => touchpoint.id)).toContain('kiosk');

    await newWorkspace('b-with-catalogue');
    const imported = await importMap('b-with-catalogue', first);
    expect(imported.createdPersonaIds).toEqual(['nasrin']);
    expect(imported.createdTouchpointIds).toContain('kiosk');
    expect(await exportMap('b-with-catalogue', created.id)).toEqual(first);
    const persona = await send('GET', '/api/workspaces/b-with-catalogue/personas/nasrin');
    expect(persona.json<{ persona: unknown }>().persona).toEqual(first.personas[0]);
  });
});
