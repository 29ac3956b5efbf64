import { validateTokenClaims, validateTokenRequest } from './generated/validators.js';
import { readDocument } from './read-document.js';
import type { Claims, TokenRequest } from './types.js';

/**
 * Reads a token request file (JSON, or YAML): `{ "repositories": [ids], "permissions":
 * { name: level } }`. Repositories are ids (names are refused: resolve them first);
 * absent, they default to the job's own repository. Throws a TokenError (TOKEN_REQUEST_*).
 */
export function loadTokenRequest(input: Uint8Array | string, file: string): TokenRequest {
  const { value } = readDocument(input, file, 'REQUEST', validateTokenRequest);
  const { repositories, permissions } = value as { repositories?: readonly (string | number)[]; permissions: Record<string, string> };
  return repositories === undefined ? { permissions } : { repositories: repositories.map(String), permissions };
}

/**
 * Reads a claims file: a verified OIDC token's payload, or the runner's values by claim
 * name. String claims are kept; `aud`, `exp`, `iat` and `nbf` (not matched by rules) are
 * dropped. Throws a TokenError (TOKEN_CLAIMS_*).
 */
export function loadClaims(input: Uint8Array | string, file: string): Claims {
  const { value } = readDocument(input, file, 'CLAIMS', validateTokenClaims);
  const entries = Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !NOT_MATCHED.has(entry[0]));
  return Object.fromEntries(entries);
}

const NOT_MATCHED = new Set(['aud', 'exp', 'iat', 'nbf']);
