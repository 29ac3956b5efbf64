export { RingfenceError, UsageError, hasErrorCode, describeThrown } from './errors.js';
export type { UsageErrorCode } from './errors.js';
export { ExitCode } from './exit-codes.js';
export { escapeUntrusted } from './escape.js';
export { redactSecrets, REDACTED } from './redact.js';
export { VERDICT_VERSION, REASON_CODES } from './verdict.js';
export type { Outcome, Reason, ReasonCode, Verdict, Warning } from './verdict.js';
export { gitBlobSha } from './git-blob-sha.js';
