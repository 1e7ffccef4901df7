/**
 * One token of stored JSON (written by JSON.stringify): a string, followed by ':' when it is a
 * key, or a bracket. Numbers, booleans and null are not tokens. Both engines extract these with
 * RE2 and keep keys and brackets: the value's skeleton, which `leafPaths` reads back.
 */
export const JSON_TOKEN_PATTERN = String.raw`"(?:[^"\\]|\\.)*":?|[{}\[\]]`;
const JSON_TOKEN = new RegExp(JSON_TOKEN_PATTERN, 'g');

/** The skeleton of a JSON text in TypeScript, as the engines compute it in SQL (for tests). */
export function skeletonOf(json: string): string {
  return (json.match(JSON_TOKEN) ?? []).filter((token) => token.endsWith(':') || token.length === 1).join('');
}

/**
 * The paths to the leaves of a JSON value given its skeleton: keys are followed into objects only
 * (filters do not index arrays); an object's key whose value is not an object is a leaf, and a
 * value that is not an object is itself a leaf (the empty path).
 */
export function leafPaths(skeleton: string): string[][] {
  const tokens = skeleton.match(JSON_TOKEN) ?? [];
  const paths: string[][] = [];
  let index = 0;
  const value = (path: readonly string[]): void => {
    const token = tokens[index];
    if (token === '{') {
      index += 1;
      while (index < tokens.length && tokens[index]?.endsWith(':')) {
        const key = decodeKey(tokens[index] ?? '""');
        index += 1;
        value([...path, key]);
      }
      index += 1; // the closing brace
    } else if (token === '[') {
      for (let depth = 0; index < tokens.length; index += 1) {
        depth +=
          tokens[index] === '[' || tokens[index] === '{'
            ? 1
            : tokens[index] === ']' || tokens[index] === '}'
              ? -1
              : 0;
        if (depth === 0) break;
      }
      index += 1;
      paths.push([...path]);
    } else paths.push([...path]);
  };
  value([]);
  return paths;
}

function decodeKey(token: string): string {
  const parsed: unknown = JSON.parse(token.slice(0, -1));
  return typeof parsed === 'string' ? parsed : '';
}
