/** An id as an SDK sends it: a known user id, or a device's anonymous id. */
export interface IdentityRef {
  readonly kind: 'user' | 'anonymous';
  readonly value: string;
}

const keyOf = (ref: IdentityRef) => `${ref.kind === 'user' ? 'u' : 'a'}:${ref.value}`;

/**
 * Identity stitching (article 002: one customer is one customer everywhere). Every link joins
 * two ids into one person, transitively. A person's id is chosen from its ids alone (the
 * smallest user id, else the smallest anonymous id), so the result does not depend on the
 * order the links arrived in.
 */
export class IdentityGraph {
  private readonly parent = new Map<string, string>();
  private readonly members = new Map<string, Set<string>>();

  add(ref: IdentityRef): void {
    const key = keyOf(ref);
    if (!this.parent.has(key)) {
      this.parent.set(key, key);
      this.members.set(key, new Set([key]));
    }
  }

  link(a: IdentityRef, b: IdentityRef): void {
    this.add(a);
    this.add(b);
    const rootA = this.find(keyOf(a));
    const rootB = this.find(keyOf(b));
    if (rootA === rootB) return;
    const [big, small] =
      (this.members.get(rootA)?.size ?? 0) >= (this.members.get(rootB)?.size ?? 0)
        ? [rootA, rootB]
        : [rootB, rootA];
    this.parent.set(small, big);
    const into = this.members.get(big);
    for (const member of this.members.get(small) ?? []) into?.add(member);
    this.members.delete(small);
  }

  /** The person an id belongs to, or null when the id was never seen. */
  personOf(ref: IdentityRef): string | null {
    const key = keyOf(ref);
    if (!this.parent.has(key)) return null;
    return canonical(this.members.get(this.find(key)) ?? new Set([key]));
  }

  /** Every id merged into the person of `ref`, users first, each sorted. */
  idsOf(ref: IdentityRef): IdentityRef[] {
    const key = keyOf(ref);
    if (!this.parent.has(key)) return [];
    return [...(this.members.get(this.find(key)) ?? [])].sort(compareKeys).map(refOf);
  }

  private find(key: string): string {
    let root = key;
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root))
      root = next;
    // Path compression keeps later look-ups near constant time.
    for (let node = key; node !== root;) {
      const next = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
}

function compareKeys(a: string, b: string): number {
  // "u:" sorts after "a:", but users come first.
  const rank = (key: string) => (key.startsWith('u:') ? 0 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function canonical(keys: Set<string>): string {
  const first = [...keys].sort(compareKeys)[0];
  return first ?? '';
}

function refOf(key: string): IdentityRef {
  return { kind: key.startsWith('u:') ? 'user' : 'anonymous', value: key.slice(2) };
}
