/** Where a command writes: results to `out` (stdout), diagnostics to `err` (stderr). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The directory the command stands in. */
  readonly cwd: string;
}

export const processIo = (): Io => ({
  out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd(),
});

/** A command's result: what to exit with. Commands never call process.exit themselves. */
export type CommandResult = 0 | 1 | 2;
