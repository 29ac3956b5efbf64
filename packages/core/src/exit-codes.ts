/** The CLI contract: 0 allowed/valid, 1 blocked/invalid, 2 usage or runtime error. */
export const ExitCode = {
  Ok: 0,
  Negative: 1,
  Error: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
