/**
 * The one error base of ringfence. Every package exports a subclass with its own
 * SCREAMING_SNAKE code union, so callers and tests branch on codes, never on messages.
 */
export class RingfenceError<Code extends string = string> extends Error {
  readonly code: Code;

  constructor(code: Code, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** True when `error` is a RingfenceError carrying one of `codes` (any code when none given). */
export function hasErrorCode<Code extends string>(error: unknown, ...codes: Code[]): error is RingfenceError<Code> {
  return error instanceof RingfenceError && (codes.length === 0 || codes.includes(error.code as Code));
}

/** Usage mistakes: a flag, an argument or an environment value that is not valid. */
export type UsageErrorCode = 'USAGE_UNKNOWN_OPTION' | 'USAGE_MISSING_ARGUMENT' | 'USAGE_INVALID_VALUE' | 'USAGE_UNKNOWN_COMMAND';

export class UsageError extends RingfenceError<UsageErrorCode> {}

/** Turns anything thrown (not only Error) into a message fit for a person. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  if (typeof thrown === 'string') return thrown;
  return `non-error value thrown: ${String(thrown)}`;
}
