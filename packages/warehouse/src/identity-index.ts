import { IdentityGraph, type IdentityRef } from '@safar/analytics';
import type { IdentityFacts } from './rendered-events.js';
import { anonymousKey, userKey } from './stored-row.js';

export interface IdentityMapping {
  readonly distinctId: string;
  readonly personId: string;
}

const refOf = (key: string): IdentityRef => ({
  kind: key.startsWith('u:') ? 'user' : 'anonymous',
  value: key.slice(2),
});

/**
 * The ids of one workspace that have been merged with another id, and the person each belongs
 * to. Ids never linked are their own person and are not held, so memory grows with stitched ids
 * only. The stores persist what `link` returns, and load it back with `restore`.
 */
export class IdentityIndex {
  private readonly graph = new IdentityGraph();
  private readonly personByKey = new Map<string, string>();

  restore(mappings: Iterable<IdentityMapping>): void {
    for (const { distinctId, personId } of mappings) {
      if (distinctId !== personId) this.graph.link(refOf(distinctId), refOf(personId));
      this.personByKey.set(distinctId, personId);
    }
  }

  personOf(distinctId: string): string {
    return this.personByKey.get(distinctId) ?? distinctId;
  }

  /** Every id of the person, the person's own id included. */
  idsOf(personId: string): string[] {
    const ids = this.graph
      .idsOf(refOf(personId))
      .map((ref) => (ref.kind === 'user' ? userKey : anonymousKey)(ref.value));
    return ids.length > 0 ? ids : [personId];
  }

  /** Merges each pair into one person; returns the ids whose person changed. */
  link(pairs: Iterable<readonly [string, string]>): IdentityMapping[] {
    const touched = new Set<string>();
    for (const [a, b] of pairs) {
      // Most pairs are already one person: SDKs send both ids on every call after identify.
      if (this.personOf(a) === this.personOf(b)) continue;
      this.graph.link(refOf(a), refOf(b));
      touched.add(a);
    }
    const changed = new Map<string, IdentityMapping>();
    for (const key of touched) {
      const ref = refOf(key);
      const personId = this.graph.personOf(ref) ?? key;
      for (const member of this.idsOf(personId)) {
        if (changed.has(member) || this.personByKey.get(member) === personId) continue;
        this.personByKey.set(member, personId);
        changed.set(member, { distinctId: member, personId });
      }
    }
    return [...changed.values()];
  }
}

/**
 * The pairs of ids a batch says belong to one person: a message carrying both an anonymous and
 * a user id (identify, and every later call of the SDKs), and alias calls. `knownUser` tells
 * whether an alias's previousId is a user id already seen rather than a device's anonymous id.
 */
export function identityLinksOf(
  events: readonly IdentityFacts[],
  knownUser: (previousId: string) => boolean,
): [string, string][] {
  const pairs: [string, string][] = [];
  for (const event of events) {
    if (event.userId && event.anonymousId)
      pairs.push([userKey(event.userId), anonymousKey(event.anonymousId)]);
    if (event.type === 'alias' && event.userId && event.previousId) {
      const previous = knownUser(event.previousId)
        ? userKey(event.previousId)
        : anonymousKey(event.previousId);
      pairs.push([userKey(event.userId), previous]);
    }
  }
  return pairs;
}
