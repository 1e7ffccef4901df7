/** `safar-funnel-checkout-2026-11-23.csv`: the kind, the saved query's name if any, and the day. */
export function exportFileName(
  kind: string,
  extension: string,
  name: string | null,
  now = new Date(),
): string {
  const slug = (name ?? '')
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\s]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const day = now.toISOString().slice(0, 10);
  return ['safar', kind, slug, day].filter(Boolean).join('-') + `.${extension}`;
}
