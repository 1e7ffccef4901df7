import { describe, expect, it } from 'vitest';
import { defaultDrafts, parseSpec, QUERY_KINDS, withDraft, withScopeOf } from './analytics-kinds';
import { savedQueryBody } from './saved/saved-query-body';

const RANGE = { from: '2026-08-26T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z' };
const step = (touchpointId: string) => ({ kind: 'touchpoint' as const, touchpointId });

describe('analytics drafts', () => {
  it('start as each kind with the schema defaults, steps still to choose', () => {
    const drafts = defaultDrafts(RANGE);
    expect(QUERY_KINDS.map((kind) => drafts[kind].kind)).toEqual([...QUERY_KINDS]);
    const funnel = parseSpec(drafts.funnel);
    expect(funnel.ok).toBe(false);
    if (!funnel.ok) expect(funnel.issues.map((issue) => issue.path)).toContain('steps');
  });

  it('parse with core schemas once filled in, so what runs is what the server takes', () => {
    const drafts = defaultDrafts(RANGE);
    const parsed = parseSpec({ ...drafts.funnel, steps: [step('tp-a'), step('tp-b')] });
    expect(parsed).toMatchObject({
      ok: true,
      spec: { kind: 'funnel', order: 'ordered', window: { value: 14 } },
    });
    const retention = parseSpec({
      ...drafts.retention,
      startStep: { kind: 'event', matcher: { event: 'Signed Up', filters: [] } },
      returnStep: { kind: 'event', matcher: { event: 'Order Completed', filters: [] } },
    });
    expect(retention.ok).toBe(true);
    expect(parseSpec({ ...drafts.conformance, steps: undefined, mapId: 'demo-map' }).ok).toBe(true);
  });

  it('refuse what is not a query kind', () => {
    expect(parseSpec({ kind: 'sql' })).toEqual({
      ok: false,
      issues: [{ path: 'kind', message: 'unknown query kind' }],
    });
    expect(parseSpec(null).ok).toBe(false);
  });

  it('carry the scope over to another kind and keep each kind its own fields', () => {
    const drafts = defaultDrafts(RANGE);
    const scoped = { ...drafts.funnel, personaIds: ['persona-a'], channels: ['web' as const] };
    const paths = withScopeOf(drafts.paths, scoped);
    expect(paths).toMatchObject({ kind: 'paths', depth: 4, personaIds: ['persona-a'], channels: ['web'] });
    const next = withDraft(drafts, paths);
    expect(next.paths).toBe(paths);
    expect(next.funnel).toBe(drafts.funnel);
  });

  it('save a spec under its own kind', () => {
    const spec = defaultDrafts(RANGE).friction;
    expect(savedQueryBody('Friction', spec)).toEqual({ name: 'Friction', kind: 'friction', query: spec });
  });
});
