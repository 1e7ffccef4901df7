import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { INTL_LOCALE, LOCALES, MESSAGES } from './locales';

const format = (
  locale: (typeof LOCALES)[number],
  key: keyof (typeof MESSAGES)['en'],
  values: Record<string, number>,
) => new IntlMessageFormat(MESSAGES[locale][key], INTL_LOCALE[locale]).format(values);

describe('message catalogues', () => {
  it('have the same keys in every language', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const locale of LOCALES) expect(Object.keys(MESSAGES[locale]).sort()).toEqual(keys);
  });

  it('use six distinct Arabic plural forms where counts matter', () => {
    const counts = [0, 1, 2, 3, 11, 100];
    expect(counts.map((count) => new Intl.PluralRules('ar').select(count))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    const texts = counts.map((count) => format('ar', 'home.stageCount', { count }));
    expect(new Set(texts).size).toBe(6);
    for (const text of texts) expect(text).toMatch(/[\u0600-\u06FF]/);
  });

  it('write numbers with the digits of each locale', () => {
    expect(format('fa', 'home.stageCount', { count: 3 })).toContain('۳');
    expect(format('ar', 'home.stageCount', { count: 3 })).toContain('٣');
    expect(format('en', 'home.stageCount', { count: 3 })).toBe('3 stages');
    expect(format('el', 'home.stageCount', { count: 1 })).toMatch(/1/);
  });

  it('give fa dates in the Persian calendar', () => {
    const date = new Intl.DateTimeFormat(INTL_LOCALE.fa, { year: 'numeric' }).format(
      new Date('2026-11-23T12:00:00Z'),
    );
    expect(date).toContain('۱۴۰۵');
  });
});

describe('numbers inside sentences', () => {
  it('use the digits of the language', () => {
    expect(format('fa', 'present.progress', { current: 2, total: 4 })).toMatch(/۲.*۴/);
    expect(format('ar', 'present.progress', { current: 2, total: 4 })).toMatch(/٢.*٤/);
    expect(format('ar', 'editor.conflict', { revision: 12 })).toContain('١٢');
  });
});
