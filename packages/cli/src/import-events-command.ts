import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { SafarServices } from '@safar/server';
import type { ImportProgress, ImportSummary } from '@safar/warehouse';
import type { CliOutput } from './run-cli.js';

const MAPPING_FIELDS = [
  'event',
  'timestamp',
  'timestampUnit',
  'userId',
  'anonymousId',
  'channel',
  'defaultChannel',
  'messageId',
];

/** `--map event=type,timestamp=time,userId=customer` as a partial column mapping. */
export function parseMapping(value: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const [field, ...column] = pair.split('=');
    const name = field?.trim() ?? '';
    if (!MAPPING_FIELDS.includes(name) || column.length === 0)
      throw new InvalidArgumentError(
        `expected field=column pairs with fields ${MAPPING_FIELDS.join(', ')}; got "${pair}"`,
      );
    mapping[name] = column.join('=').trim();
  }
  return mapping;
}

const number = (value: number) => value.toLocaleString('en');

export function progressLine(progress: ImportProgress, width = 30): string {
  const share = progress.totalBytes > 0 ? Math.min(1, progress.bytesRead / progress.totalBytes) : 1;
  const filled = Math.round(share * width);
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ` +
    `${number(progress.rowsRead)} rows, ${number(progress.stored)} stored, ${number(progress.duplicates)} already there, ${number(progress.skipped)} skipped`
  );
}

export function summaryText(file: string, workspace: string, summary: ImportSummary): string {
  const lines = [
    `Imported ${file} into workspace "${workspace}": ${number(summary.rowsRead)} rows read, ${number(summary.stored)} events stored, ` +
      `${number(summary.duplicates)} already stored, ${number(summary.skipped)} rows skipped.`,
  ];
  for (const [reason, count] of Object.entries(summary.skippedByReason))
    lines.push(`  skipped ${number(count)} × ${reason}`);
  for (const problem of summary.problems.slice(0, 20))
    lines.push(`  line ${problem.line}: ${problem.reason}`);
  if (summary.problems.length > 20) lines.push(`  ... and ${number(summary.skipped - 20)} more`);
  return `${lines.join('\n')}\n`;
}

export function registerImportEventsCommand(
  importCommand: Command,
  output: CliOutput,
  withServices: (flags: { data?: string }, work: (services: SafarServices) => Promise<void>) => Promise<void>,
  isTerminal: () => boolean,
): void {
  importCommand
    .command('events <file>')
    .description(
      'import events from csv, jsonl, parquet, a Segment export or a GA4 BigQuery export (idempotent: re-running stores nothing twice)',
    )
    .option('-w, --workspace <ws>', 'workspace id (created if missing)', 'demo')
    .option(
      '-f, --format <format>',
      'csv, jsonl, parquet, segment, ga4 or ga4-parquet (default: from the file name)',
    )
    .option('--preset <preset>', 'a ready column mapping: rees46, xes')
    .option(
      '--map <pairs>',
      'column mapping, e.g. event=type,timestamp=time,userId=customer,channel=source',
      parseMapping,
    )
    .option('-d, --data <dir>', 'data directory for embedded storage (default ./.safar)')
    .action(
      async (
        file: string,
        flags: {
          workspace: string;
          format?: string;
          preset?: string;
          map?: Record<string, string>;
          data?: string;
        },
      ) => {
        const format = flags.format ?? formatFromName(file);
        await withServices(flags, async (services) => {
          if (!(await services.workspaces.exists(flags.workspace)))
            await services.workspaces.create({ id: flags.workspace, name: flags.workspace });
          let lastShare = -1;
          const summary = await services.imports.importFile(flags.workspace, file, {
            format,
            preset: flags.preset,
            mapping: flags.map,
            onProgress: (progress) => {
              if (isTerminal()) return output.err(`\r${progressLine(progress)}`);
              const share = Math.floor((progress.bytesRead / Math.max(1, progress.totalBytes)) * 4);
              if (share > lastShare) {
                lastShare = share;
                output.err(`${progressLine(progress)}\n`);
              }
            },
          });
          if (isTerminal()) output.err('\n');
          output.out(summaryText(file, flags.workspace, summary));
        });
      },
    );
}

function formatFromName(file: string): string {
  if (/\.parquet$/i.test(file)) return 'parquet';
  if (/\.(jsonl|ndjson|json)$/i.test(file)) return 'jsonl';
  return 'csv';
}
