import { describe, expect, it } from 'vitest';
import { cssUrls, replaceCssUrls, standaloneSvg } from './svg-file';

const FONT_CSS = `@font-face { font-family: Vazirmatn; src: url("/fonts/vazirmatn.woff2") format("woff2"), url(/fonts/vazirmatn.woff) format("woff"); }`;

describe('standalone SVG files', () => {
  it('finds the font files of @font-face rules and swaps them for data URLs', () => {
    expect(cssUrls(FONT_CSS)).toEqual(['/fonts/vazirmatn.woff2', '/fonts/vazirmatn.woff']);
    expect(cssUrls('src: url(data:font/woff2;base64,AAAA)')).toEqual([]);
    const replaced = replaceCssUrls(
      FONT_CSS,
      new Map([['/fonts/vazirmatn.woff2', 'data:font/woff2;base64,AAAA']]),
    );
    expect(replaced).toContain('url("data:font/woff2;base64,AAAA")');
    expect(replaced).toContain('url(/fonts/vazirmatn.woff)');
  });

  it('adds the XML declaration, the namespace and the fonts inside the root', () => {
    const file = standaloneSvg('<svg viewBox="0 0 10 10"><text>سلام</text></svg>', FONT_CSS);
    expect(
      file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(file).toContain('<defs><style><![CDATA[@font-face');
    expect(file).toContain('<text>سلام</text></svg>');
  });

  it('keeps a namespace already there and adds no style without fonts', () => {
    const file = standaloneSvg('<svg xmlns="http://www.w3.org/2000/svg" width="1"></svg>', '');
    expect(file).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1"></svg>',
    );
  });
});
