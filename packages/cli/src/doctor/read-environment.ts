import { UsageError } from '@ringfence/core';

/** Where doctor reaches GitHub, from the environment a person or a job gives it. */
export interface DoctorEnvironment {
  readonly token: string;
  readonly apiUrl: string;
}

/**
 * The token from GITHUB_TOKEN, else GH_TOKEN (as gh reads them), and GITHUB_API_URL for GitHub
 * Enterprise Server. The token is never printed: a missing one is named, not shown.
 */
export function readDoctorEnvironment(env: Readonly<Record<string, string | undefined>>): DoctorEnvironment {
  const token = [env['GITHUB_TOKEN'], env['GH_TOKEN']].find((value) => value !== undefined && value.trim() !== '');
  if (token === undefined) throw new UsageError('USAGE_MISSING_ARGUMENT', 'doctor reads settings through the GitHub API: set GITHUB_TOKEN or GH_TOKEN to a token that can read the repository (and, for the organisation base permission and bypass actors, an owner\'s or admin\'s token)');
  const apiUrl = env['GITHUB_API_URL']?.trim() || 'https://api.github.com';
  if (!/^https?:\/\/[^\s/]+/u.test(apiUrl)) throw new UsageError('USAGE_INVALID_VALUE', `GITHUB_API_URL must be the REST API root, e.g. https://api.github.com or https://HOST/api/v3, not ${JSON.stringify(apiUrl)}`);
  return { token: token.trim(), apiUrl };
}
