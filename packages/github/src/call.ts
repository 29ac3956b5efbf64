import type { GitHubClient } from './client.js';
import { toGitHubError } from './map-error.js';

/** What a call returns once octokit and the limits hook have accepted it. */
export interface ApiResponse {
  readonly status: number;
  readonly data: unknown;
  readonly headers: Readonly<Record<string, string | number | undefined>>;
}

/**
 * The one way the adapter calls GitHub: `route` is a constant from `routes.ts`, `operation`
 * says what is being read for whom. Every failure leaves as a GitHubError naming both.
 */
export async function callApi(client: GitHubClient, route: string, params: Record<string, unknown>, operation: string): Promise<ApiResponse> {
  try {
    const response = await client.request(route, params);
    return { status: response.status, data: response.data as unknown, headers: response.headers };
  } catch (error) {
    throw toGitHubError(error, route, operation);
  }
}
