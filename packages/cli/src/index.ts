export { runCli } from './run-cli.js';
export type { CliOutput } from './run-cli.js';
