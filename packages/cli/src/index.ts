export { runCli } from './run-cli.js';
export type { Io, CommandResult } from './io.js';
