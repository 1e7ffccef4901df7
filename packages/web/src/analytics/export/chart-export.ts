import { cssUrls, replaceCssUrls, standaloneSvg } from './svg-file';

/** The page's @font-face rules with their font files inlined, so exported charts draw the same letters. */
async function fontFaceCss(): Promise<string> {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let cssRules: CSSRuleList;
    try {
      cssRules = sheet.cssRules;
    } catch {
      continue; // a stylesheet from another origin cannot be read
    }
    for (const rule of Array.from(cssRules))
      if (rule instanceof CSSFontFaceRule)
        rules.push(
          rule.cssText.replace(
            /url\(\s*(['"]?)([^'")]+)\1\s*\)/g,
            (whole, _q: string, url: string) => `url("${new URL(url, sheet.href ?? document.baseURI).href}")`,
          ),
        );
  }
  const css = rules.join('\n');
  const inlined = new Map<string, string>();
  for (const url of cssUrls(css)) {
    const dataUrl = await fetch(url)
      .then((response) => (response.ok ? response.blob() : null))
      .then((blob) => (blob ? blobToDataUrl(blob) : null))
      .catch(() => null);
    if (dataUrl) inlined.set(url, dataUrl);
  }
  return replaceCssUrls(css, inlined);
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('no data URL'));
    reader.onerror = () => reject(reader.error ?? new Error('cannot read the font'));
    reader.readAsDataURL(blob);
  });
}

/** The chart's size in CSS pixels, from its viewBox. */
export function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  return box && box.width > 0
    ? { width: box.width, height: box.height }
    : { width: svg.clientWidth, height: svg.clientHeight };
}

/** A chart's <svg> as a file of its own: sized, fonts inlined, focus handles dropped. */
export async function chartSvgFile(svg: SVGSVGElement): Promise<string> {
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error('not an SVG element');
  const { width, height } = chartSize(svg);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('class');
  clone.querySelectorAll('[tabindex]').forEach((element) => element.removeAttribute('tabindex'));
  return standaloneSvg(new XMLSerializer().serializeToString(clone), await fontFaceCss());
}

/** Draws an SVG file on a canvas (white behind it) and returns the PNG, at `scale` times its size. */
export async function svgFileToPng(
  svgFile: string,
  size: { width: number; height: number },
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgFile], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the canvas made no PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
