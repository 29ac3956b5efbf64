import { RingfenceError, describeThrown } from '@ringfence/core';
import { GitHubError, routes } from '@ringfence/github';
import { TokenError, TokenMintError } from '@ringfence/token';

/** A failure as the report shows it: refused (the policy or the request) or failed (anything else). */
export interface DescribedFailure {
  readonly outcome: 'refused' | 'error';
  readonly code: string;
  readonly message: string;
}

const JWT_ROUTES = new Set([routes.GET_REPO_INSTALLATION, routes.GET_ORG_INSTALLATION, routes.GET_USER_INSTALLATION, routes.CREATE_INSTALLATION_TOKEN]);
const INSTALLATION_ROUTES = new Set([routes.GET_REPO_INSTALLATION, routes.GET_ORG_INSTALLATION, routes.GET_USER_INSTALLATION]);

/**
 * Turns whatever stopped the action into a code and a message that says what to fix. An
 * unreadable or invalid org policy refuses (its position included); everything else fails.
 */
export function describeFailure(error: unknown): DescribedFailure {
  if (error instanceof TokenError) return { outcome: 'refused', code: error.code, message: `the org policy cannot be used: ${error.message}` };
  if (error instanceof TokenMintError) return { outcome: error.code === 'TOKEN_ORG_POLICY_NOT_FOUND' ? 'refused' : 'error', code: error.code, message: error.message };
  if (error instanceof GitHubError) {
    const hint = hintFor(error);
    return { outcome: 'error', code: error.code, message: hint === undefined ? error.message : `${error.message}. ${hint}` };
  }
  if (error instanceof RingfenceError) return { outcome: 'error', code: String(error.code), message: error.message };
  return { outcome: 'error', code: 'TOKEN_UNEXPECTED', message: describeThrown(error) };
}

function hintFor(error: GitHubError): string | undefined {
  const route = error.route ?? '';
  if (error.code === 'GITHUB_RATE_LIMITED') return "GitHub's rate limit for the App's installation is spent; waits over a minute are not waited out: run again after the reset";
  if (error.code === 'GITHUB_UNAUTHORIZED' && JWT_ROUTES.has(route)) {
    return "GitHub refused the App's JWT, also after a second try on GitHub's clock: check that client-id (or app-id) and private-key belong to the same App, and that this key has not been deleted from the App's settings";
  }
  if (error.code === 'GITHUB_NOT_FOUND' && INSTALLATION_ROUTES.has(route)) return 'The App is not installed there (or the repository does not exist): install it, or correct owner, repositories or org-policy';
  if (route === routes.CREATE_INSTALLATION_TOKEN && error.status === 422) return "GitHub refused the request: every repository must be in the App's installation and every permission granted to it";
  if (route === routes.CREATE_INSTALLATION_TOKEN && error.status === 403) return "GitHub forbids the App this installation's tokens (suspended, or the App lacks access)";
  if (route === routes.GET_REPOSITORY && error.code === 'GITHUB_NOT_FOUND') return 'The repository does not exist, or the App cannot see it';
  return undefined;
}
