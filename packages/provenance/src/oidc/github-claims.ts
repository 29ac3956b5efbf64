import { ProvenanceError } from '../errors.js';

/**
 * Claims of a GitHub Actions OIDC token that provenance is built from; the same set
 * actions/attest requires (https://docs.github.com/actions/reference/openid-connect-reference).
 */
export const REQUIRED_GITHUB_CLAIMS = [
  'iss',
  'ref',
  'sha',
  'repository',
  'repository_id',
  'repository_owner_id',
  'event_name',
  'workflow_ref',
  'job_workflow_ref',
  'runner_environment',
  'run_id',
  'run_attempt',
] as const;

/** One of the claims provenance cannot be built without. */
export type RequiredGitHubClaim = (typeof REQUIRED_GITHUB_CLAIMS)[number];

/** A token's payload with every required claim present as a string; other claims kept as they came. */
export type GitHubClaims = Readonly<Record<RequiredGitHubClaim, string>> & Readonly<Record<string, unknown>>;

/**
 * The server URL a GitHub token issuer stands for: github.com's issuer, or a GHE.com
 * tenant's (`https://token.actions.<tenant>.ghe.com`). `undefined` for any other issuer.
 * Compare it with `GITHUB_SERVER_URL` so a step cannot point the statement at another host.
 */
export function serverUrlForIssuer(issuer: string): string | undefined {
  if (issuer === 'https://token.actions.githubusercontent.com') return 'https://github.com';
  const tenant = /^https:\/\/token\.actions\.([a-z0-9-]+)\.ghe\.com$/u.exec(issuer)?.[1];
  return tenant === undefined ? undefined : `https://${tenant}.ghe.com`;
}

/** Checks a payload carries every required claim as a non-empty string, naming all that do not. */
export function assertGitHubClaims(payload: Readonly<Record<string, unknown>>): GitHubClaims {
  const missing = REQUIRED_GITHUB_CLAIMS.filter((claim) => typeof payload[claim] !== 'string' || payload[claim] === '');
  if (missing.length > 0) {
    throw new ProvenanceError('PROVENANCE_ID_TOKEN_CLAIMS_MISSING', `the ID token lacks claims provenance needs: ${missing.join(', ')} (expected a GitHub Actions token)`);
  }
  return payload as GitHubClaims;
}
