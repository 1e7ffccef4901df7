import type { FrictionItemKind, FrictionResult } from '@safar/analytics';

const KIND_NAMES: Record<FrictionItemKind, string> = {
  error: 'error',
  abandon_after_error: 'left after error',
  loop: 'looped back to',
  stall: 'stalled',
};

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** One line per friction item, in the result's ranking, under a line about the whole journey. */
export function frictionTable(result: FrictionResult): string {
  const header = `${result.persons.toLocaleString('en')} persons in the journey, ${percent(result.conversionRate)} converted`;
  const rows = result.items.map(
    (item, index) =>
      `${String(index + 1).padStart(2)}. ${KIND_NAMES[item.kind].padEnd(16)} ${item.label.padEnd(40).slice(0, 40)} ` +
      `${item.persons.toLocaleString('en').padStart(9)} persons  ${percent(item.conversionRate).padStart(6)} converted  ` +
      `${item.conversionLost.toFixed(1).padStart(7)} conversions lost`,
  );
  return `${[header, ...rows].join('\n')}\n`;
}
