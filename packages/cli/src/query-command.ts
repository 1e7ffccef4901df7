import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { journeyQuerySchema } from '@safar/core';
import { InvalidInputError, type SafarServices } from '@safar/server';
import type { FunnelResult, PathsResult, RetentionResult } from '@safar/analytics';
import { attributionTable } from './attribution-table.js';
import { conformanceTable } from './conformance-table.js';
import { frictionTable } from './friction-table.js';
import type { CliOutput } from './run-cli.js';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const minutes = (ms: number) =>
  ms < 60_000
    ? `${Math.round(ms / 1000)} s`
    : ms < 3_600_000
      ? `${Math.round(ms / 60_000)} min`
      : `${(ms / 3_600_000).toFixed(1)} h`;

export function funnelTable(result: FunnelResult): string {
  const rows = result.steps.map(
    (step, index) =>
      `${String(index + 1).padStart(2)}. ${step.label.padEnd(32).slice(0, 32)} ${step.persons.toLocaleString('en').padStart(9)}  ` +
      `${percent(step.conversionFromFirst).padStart(6)} of first  ${percent(step.conversionFromPrevious).padStart(6)} of previous` +
      (step.timeToConvert ? `  median ${minutes(step.timeToConvert.medianMs)}` : ''),
  );
  return `${rows.join('\n')}\n`;
}

export function retentionTable(result: RetentionResult): string {
  const rows = result.cohorts.map(
    (cohort) =>
      `${cohort.cohort.slice(0, 10)}  ${cohort.persons.toLocaleString('en').padStart(8)}  ` +
      cohort.rates.map((rate) => percent(rate).padStart(6)).join(' '),
  );
  return `${rows.join('\n')}\n`;
}

export function pathsTable(result: PathsResult): string {
  return `${result.edges.map((edge) => `${String(edge.level + 1).padStart(2)}. ${edge.source} -> ${edge.target}  ${edge.persons.toLocaleString('en')}`).join('\n')}\n`;
}

/** `safar query FILE.json`: runs a journey query spec (docs/analytics.md) against the workspace's events. */
export function registerQueryCommand(
  program: Command,
  output: CliOutput,
  withServices: (flags: { data?: string }, work: (services: SafarServices) => Promise<void>) => Promise<void>,
): void {
  program
    .command('query <file>')
    .description('run a journey query (a JSON spec such as {"kind":"funnel",...}) and print the result')
    .option('-w, --workspace <ws>', 'workspace id', 'demo')
    .option('--json', 'print the result as JSON')
    .option('-d, --data <dir>', 'data directory for embedded storage (default ./.safar)')
    .action(async (file: string, flags: { workspace: string; json?: boolean; data?: string }) => {
      let spec: unknown;
      try {
        spec = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new InvalidInputError(
          `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const parsed = journeyQuerySchema.safeParse(spec);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: issue.message,
        }));
        throw new InvalidInputError(
          `${file}: ${issues[0]?.path ?? ''}: ${issues[0]?.message ?? 'invalid query'}`,
          issues,
        );
      }
      await withServices(flags, async (services) => {
        const query = parsed.data;
        if (query.kind === 'funnel') {
          const result = await services.journeys.funnel(flags.workspace, query);
          output.out(flags.json ? `${JSON.stringify(result, null, 2)}\n` : funnelTable(result));
        } else if (query.kind === 'retention') {
          const result = await services.journeys.retention(flags.workspace, query);
          output.out(flags.json ? `${JSON.stringify(result, null, 2)}\n` : retentionTable(result));
        } else if (query.kind === 'conformance') {
          const result = await services.journeys.conformance(flags.workspace, query);
          output.out(flags.json ? `${JSON.stringify(result, null, 2)}\n` : conformanceTable(result));
        } else if (query.kind === 'attribution') {
          const result = await services.journeys.attribution(flags.workspace, query);
          output.out(flags.json ? `${JSON.stringify(result, null, 2)}\n` : attributionTable(result));
        } else if (query.kind === 'friction') {
          const result = await services.journeys.friction(flags.workspace, query);
          output.out(flags.json ? `${JSON.stringify(result, null, 2)}\n` : frictionTable(result));
        } else {
          const result = await services.journeys.paths(flags.workspace, query);
          output.out(flags.json ? `${JSON.stringify(result, null, 2)}\n` : pathsTable(result));
        }
      });
    });
}
