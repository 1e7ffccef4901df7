import { z } from 'zod';

/** The four first-class languages of Safar: the source articles are Persian, Greek and Arabic. */
export const LOCALES = ['en', 'fa', 'ar', 'el'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

const RTL_LOCALES: ReadonlySet<Locale> = new Set(['fa', 'ar']);

/** Writing direction is locale metadata, so every RTL locale is handled in one place. */
export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}

/** Text that ships in every first-class language (templates, catalogue labels). */
export const localizedTextSchema = z.object({
  en: z.string(),
  fa: z.string(),
  ar: z.string(),
  el: z.string(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
