import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  openServices,
  resolveConfig,
  seedDemoEvents,
  seedDemoWorkspace,
  startServer,
  UnsupportedQueryError,
  type SafarServices,
} from '@safar/server';
import { localeSchema, type Locale } from '@safar/core';
import { registerImportEventsCommand } from './import-events-command.js';
import { registerQueryCommand } from './query-command.js';

interface StorageFlags {
  data?: string;
}

/** `safar`: a thin shell over the server package; every command works on the same storage. */
export async function runCli(argv: readonly string[], output: CliOutput = consoleOutput): Promise<number> {
  const program = new Command('safar')
    .description('Safar: draw, measure and improve customer journeys')
    .exitOverride()
    .configureOutput({ writeOut: output.out, writeErr: output.err });

  program
    .command('serve')
    .description(
      'serve the API (and the web app) on embedded storage, or PostgreSQL when DATABASE_URL is set',
    )
    .option('-p, --port <port>', 'port to listen on (env PORT, default 4321)', parsePort)
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option('-d, --data <dir>', 'data directory for embedded storage (env SAFAR_DATA_DIR, default ./.safar)')
    .action(async (flags: StorageFlags & { port?: number; host?: string }) => {
      await serve(flags, output);
    });

  program
    .command('demo')
    .description('seed a workspace named "demo" (personas, touchpoints, one map per template), then serve')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 4321)', parsePort)
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option('-d, --data <dir>', 'data directory for embedded storage (default ./.safar)')
    .option('-l, --locale <locale>', 'language of the demo content: en, fa, ar or el', parseLocale, 'en')
    .option('-e, --events <count>', 'demo events to generate (10,000 to 10,000,000)', parseEventCount, 50_000)
    .option('--no-serve', 'seed and exit')
    .action(
      async (
        flags: StorageFlags & {
          port?: number;
          host?: string;
          locale: Locale;
          serve: boolean;
          events: number;
        },
      ) => {
        const config = resolveConfig({ port: flags.port, host: flags.host, dataDir: flags.data });
        const services = await openServices(config);
        const seeded = await seedDemoWorkspace(services, { locale: flags.locale });
        output.out(
          seeded.created
            ? `Seeded workspace "demo": ${seeded.personas} personas, ${seeded.touchpoints} touchpoints, ${seeded.maps} maps.\n`
            : 'Workspace "demo" already exists; left as it is.\n',
        );
        if (seeded.created) {
          const events = await seedDemoEvents(services, {
            events: flags.events,
            onProgress: (stored) => output.err(`\rGenerating demo events: ${stored.toLocaleString('en')}`),
          });
          output.err('\n');
          output.out(
            `Generated ${events.stored.toLocaleString('en')} demo events of ${events.persons.toLocaleString('en')} customers (last 90 days, every channel).\n`,
          );
        }
        if (!flags.serve) {
          await services.close();
          return;
        }
        await serve(flags, output, services);
      },
    );

  const exportCommand = program.command('export').description('export documents');
  exportCommand
    .command('map <id>')
    .description('write a map as a versioned JSON document (docs/map-format.md)')
    .option('-w, --workspace <ws>', 'workspace id', 'demo')
    .option('-f, --format <format>', 'output format (json)', parseExportFormat, 'json')
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .option('-d, --data <dir>', 'data directory for embedded storage (default ./.safar)')
    .action(async (id: string, flags: StorageFlags & { workspace: string; out?: string }) => {
      await withServices(flags, async (services) => {
        const document = await services.mapDocuments.export(flags.workspace, id);
        const text = `${JSON.stringify(document, null, 2)}\n`;
        if (flags.out) {
          await writeFile(flags.out, text);
          output.err(`Wrote map "${id}" to ${flags.out}\n`);
        } else output.out(text);
      });
    });

  const importCommand = program.command('import').description('import maps and events');
  importCommand
    .command('map <file>')
    .description('import a map document; its touchpoints and personas join the catalogue where missing')
    .option('-w, --workspace <ws>', 'workspace id (created if missing)', 'demo')
    .option('--as-copy', 'give the map a new id instead of failing when its id is taken')
    .option('-d, --data <dir>', 'data directory for embedded storage (default ./.safar)')
    .action(async (file: string, flags: StorageFlags & { workspace: string; asCopy?: boolean }) => {
      const text = await readFile(file, 'utf8');
      let document: unknown;
      try {
        document = JSON.parse(text);
      } catch (error) {
        throw new InvalidInputError(
          `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      await withServices(flags, async (services) => {
        if (!(await services.workspaces.exists(flags.workspace))) {
          await services.workspaces.create({ id: flags.workspace, name: flags.workspace });
        }
        const result = await services.mapDocuments.import(flags.workspace, document, {
          asCopy: flags.asCopy ?? false,
          actor: 'cli',
        });
        output.out(
          `Imported map "${result.stored.map.title}" as ${result.stored.map.id} into workspace "${flags.workspace}" ` +
            `(${result.createdTouchpointIds.length} new touchpoints, ${result.createdPersonaIds.length} new personas).\n`,
        );
      });
    });

  registerImportEventsCommand(importCommand, output, withServices, () => process.stderr.isTTY === true);
  registerQueryCommand(program, output, withServices);

  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    return reportError(error, output);
  }
}

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const consoleOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

async function serve(
  flags: StorageFlags & { port?: number; host?: string },
  output: CliOutput,
  services?: SafarServices,
): Promise<void> {
  const config = resolveConfig({ port: flags.port, host: flags.host, dataDir: flags.data });
  const server = await startServer(config, { ...(services ? { services } : {}), webRoot: webAppRoot() });
  const storage = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
  const events = config.clickhouseUrl ? `ClickHouse at ${config.clickhouseUrl}` : 'embedded DuckDB';
  output.out(
    `Safar is serving on ${server.url} (documents: ${storage}; events: ${events}).\n` +
      `API reference: ${server.url}/api/docs\nTracking API (Segment spec): ${server.url}/v1/batch\n`,
  );
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** The built web app of @safar/web, served at `/`. */
function webAppRoot(): string | undefined {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('@safar/web/package.json')), 'dist');
  } catch {
    return undefined;
  }
}

async function withServices(
  flags: StorageFlags,
  work: (services: SafarServices) => Promise<void>,
): Promise<void> {
  const services = await openServices(resolveConfig({ dataDir: flags.data }));
  try {
    await work(services);
  } finally {
    await services.close();
  }
}

function reportError(error: unknown, output: CliOutput): number {
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version'
      ? 0
      : error.exitCode || 2;
  }
  if (
    error instanceof InvalidInputError ||
    error instanceof NotFoundError ||
    error instanceof ConflictError ||
    error instanceof UnsupportedQueryError
  ) {
    output.err(`safar: ${error.message}\n`);
    if (error instanceof InvalidInputError && error.issues.length > 1) {
      for (const issue of error.issues.slice(0, 20))
        output.err(`  ${issue.path || '(document)'}: ${issue.message}\n`);
    }
    return 1;
  }
  output.err(`safar: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

function parseEventCount(value: string): number {
  const count = Number(value.replaceAll(',', '').replaceAll('_', ''));
  if (!Number.isInteger(count) || count < 10_000 || count > 10_000_000)
    throw new InvalidArgumentError('the demo holds 10,000 to 10,000,000 events');
  return count;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('must be a port number 0..65535');
  return port;
}

function parseLocale(value: string): Locale {
  const parsed = localeSchema.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError('must be one of en, fa, ar, el');
  return parsed.data;
}

function parseExportFormat(value: string): 'json' {
  if (value !== 'json') throw new InvalidArgumentError('only "json" is supported for maps');
  return value;
}
