/** The traits worth showing first, in this order; the rest follow alphabetically. */
const KEY_TRAITS = ['name', 'email', 'phone', 'company', 'city', 'country', 'plan'] as const;

const text = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

/** How to call a person: their name, else first and last name, else their email; null when none. */
export function displayName(traits: Readonly<Record<string, unknown>>): string | null {
  const first = text(traits['first_name'] ?? traits['firstName']);
  const last = text(traits['last_name'] ?? traits['lastName']);
  return text(traits['name']) ?? ([first, last].filter(Boolean).join(' ') || null) ?? text(traits['email']);
}

export function emailOf(traits: Readonly<Record<string, unknown>>): string | null {
  return text(traits['email']);
}

/** Every trait as text, key traits first, then the rest by key. */
export function traitRows(traits: Readonly<Record<string, unknown>>): [string, string][] {
  const rank = (key: string) => {
    const index = KEY_TRAITS.findIndex((candidate) => candidate === key);
    return index === -1 ? KEY_TRAITS.length : index;
  };
  return Object.keys(traits)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((key) => {
      const value = text(traits[key]);
      return value === null ? [] : [[key, value] satisfies [string, string]];
    });
}
