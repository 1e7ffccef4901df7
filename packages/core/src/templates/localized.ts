import type { LocalizedText } from '../locale.js';

/** Text in every first-class language, always in the order en, fa, ar, el. */
export function t(en: string, fa: string, ar: string, el: string): LocalizedText {
  return { en, fa, ar, el };
}
