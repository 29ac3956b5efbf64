import { createHash } from 'node:crypto';

/**
 * Every form in which a token may reach a log: itself, the base64 of `x-access-token:TOKEN`
 * that git's HTTP basic credentials carry (actions/checkout's `AUTHORIZATION: basic …`
 * extraheader), the base64 of the token alone, and its URL-encoded form. Masking is exact
 * string matching, so each is masked on its own.
 */
export function secretForms(token: string): string[] {
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  return [...new Set([token, base64(`x-access-token:${token}`), base64(token), encodeURIComponent(token)])];
}

/**
 * The token as GitHub's audit log names it (`hashed_token`): base64 of its SHA-256. Safe to
 * print; joins a job's record with GitHub's audit events.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64');
}
