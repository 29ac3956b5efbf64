/**
 * Last line of defence for logs: anything shaped like a GitHub token, a JWT or a PEM key is
 * replaced before text leaves the process. Secrets are also masked where they are created;
 * this catches what slips through an error message.
 */
const SECRET_SHAPES: readonly RegExp[] = [
  /\b(?:ghp|gho|ghu|ghs|ghr|github_pat)_[A-Za-z0-9_]{16,}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
];

export const REDACTED = '[redacted]';

export function redactSecrets(text: string): string {
  return SECRET_SHAPES.reduce((out, shape) => out.replace(shape, REDACTED), text);
}
