import type { AttributionResult } from '@safar/analytics';
import { ATTRIBUTION_MODELS, type AttributionModel } from '@safar/core';

const MODEL_HEADINGS: Record<AttributionModel, string> = {
  first_touch: 'first',
  last_touch: 'last',
  linear: 'linear',
  time_decay: 'decay',
  position_based: 'position',
  markov: 'markov',
};

/** One line per channel or touchpoint with its credits per model, under a heading; the conversions last. */
export function attributionTable(result: AttributionResult): string {
  const models = ATTRIBUTION_MODELS.filter((model) => result.rows.some((row) => model in row.credits));
  const line = (label: string, cells: readonly string[], touched: string) =>
    `${label.padEnd(28).slice(0, 28)}${cells.map((cell) => cell.padStart(10)).join('')}${touched.padStart(10)}`;
  const heading = line(
    'channel / touchpoint',
    models.map((model) => MODEL_HEADINGS[model]),
    'touched',
  );
  const rows = result.rows.map((row) =>
    line(
      row.label,
      models.map((model) => (row.credits[model] ?? 0).toFixed(1)),
      row.conversionsTouched.toLocaleString('en'),
    ),
  );
  const total = `${result.conversions.toLocaleString('en')} conversions`;
  return `${(rows.length > 0 ? [heading, ...rows, total] : [total]).join('\n')}\n`;
}
