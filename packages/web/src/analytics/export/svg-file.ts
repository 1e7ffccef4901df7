/** The fonts a chart names, so a standalone SVG or PNG picks the same ones as the page (Persian included). */
export const CHART_FONT =
  "system-ui, 'Vazirmatn', 'Noto Sans Arabic', 'Noto Naskh Arabic', 'Noto Sans', sans-serif";

/** The `url(...)` sources of CSS text (e.g. @font-face rules), in order, without repeats. */
export function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2] ?? '');
  return [...new Set(urls.filter((url) => url !== '' && !url.startsWith('data:')))];
}

/** CSS text with each `url(...)` that `replacements` knows swapped for its replacement (a data URL). */
export function replaceCssUrls(css: string, replacements: ReadonlyMap<string, string>): string {
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, _quote: string, url: string) => {
    const replacement = replacements.get(url);
    return replacement === undefined ? whole : `url("${replacement}")`;
  });
}

/**
 * A serialised <svg> made a file of its own: the XML declaration, the SVG namespace, and the
 * page's @font-face rules (fonts inlined as data URLs) in a <style> right inside the root, since
 * an SVG drawn as an image can load nothing from outside.
 */
export function standaloneSvg(serialized: string, fontCss: string): string {
  let svg = serialized.trim();
  if (!/^<svg[^>]*\sxmlns=/.test(svg)) svg = svg.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  if (fontCss.trim() !== '') {
    const css = fontCss.replaceAll(']]>', ']]]]><![CDATA[>');
    svg = svg.replace(/^<svg[^>]*>/, (root) => `${root}<defs><style><![CDATA[${css}]]></style></defs>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}
