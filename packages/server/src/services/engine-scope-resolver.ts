import type { PropertyFilter } from '@safar/core';
import type { PersonaRule } from '@safar/analytics';
import type { EngineScope } from '@safar/warehouse';
import type { PersonaService } from './persona-service.js';
import { InvalidInputError } from './service-errors.js';

/** The scope fields every journey query spec carries (core query-scope.ts). */
export interface QueryScopeInput {
  readonly dateRange: { readonly from: string; readonly to: string };
  readonly channels: readonly string[];
  readonly eventFilters: readonly PropertyFilter[];
  readonly personFilters: readonly PropertyFilter[];
  readonly personaIds: readonly string[];
}

/**
 * Turns a spec's scope into what engines see: personas become their segment rules (a person
 * is kept when they match any persona asked for, and every person filter).
 */
export async function resolveEngineScope(
  personas: PersonaService,
  workspaceId: string,
  query: QueryScopeInput,
): Promise<EngineScope> {
  const known = query.personaIds.length > 0 ? await personaRules(personas, workspaceId) : [];
  const segments = query.personaIds.map((id, index) => {
    const persona = known.find((candidate) => candidate.id === id);
    if (!persona) {
      const path = `personaIds.${index}`;
      throw new InvalidInputError(`${path}: persona ${id} does not exist`, [
        { path, message: `persona ${id} does not exist` },
      ]);
    }
    return persona.rule;
  });
  return {
    workspaceId,
    from: Date.parse(query.dateRange.from),
    to: Date.parse(query.dateRange.to),
    channels: query.channels,
    eventFilters: query.eventFilters,
    persons: { filters: query.personFilters, segments },
  };
}

/** The workspace's personas in the order the persona list shows them (name, then id): a breakdown names the first that matches. */
export async function personaRules(personas: PersonaService, workspaceId: string): Promise<PersonaRule[]> {
  return (await personas.list(workspaceId)).map((stored) => ({
    id: stored.persona.id,
    rule: stored.persona.segmentRule,
  }));
}
