import { describeThrown } from '@ringfence/core';
import { GitHubError, listTokenRepositories } from '@ringfence/github';
import type { GitHubClient } from '@ringfence/github';
import { checkTokenReach } from '@ringfence/token';

/** Waits for tests; the action passes none. */
export interface ReachCheckOptions {
  /** Before the one retry of a 401 on a token seconds old (GitHub replicates new tokens; default 1000 ms). */
  readonly freshTokenRetryDelayMs?: number;
}

/**
 * Asks GitHub, with the token itself, which repositories it reaches
 * (`GET /installation/repositories`, every page) and holds that to the request. Returns
 * what is wrong, or undefined when it is exactly the request. A listing that cannot be read
 * completely (an API error, a truncated page) is a problem too: the caller revokes the
 * token and fails, as for a broader one.
 */
export async function checkReachAtGitHub(client: GitHubClient, expectedIds: readonly string[], options: ReachCheckOptions = {}): Promise<string | undefined> {
  const atMost = new Set(expectedIds).size;
  try {
    const listed = await listOnce(client, atMost).catch(async (error: unknown) => {
      if (!(error instanceof GitHubError && error.code === 'GITHUB_UNAUTHORIZED')) throw error;
      await new Promise((resolve) => setTimeout(resolve, options.freshTokenRetryDelayMs ?? 1000));
      return listOnce(client, atMost);
    });
    return checkTokenReach(listed, expectedIds);
  } catch (error) {
    return `GitHub's list of the repositories it reaches could not be read completely (${describeThrown(error)})`;
  }
}

async function listOnce(client: GitHubClient, atMost: number) {
  const listed = await listTokenRepositories(client, atMost);
  return { totalCount: listed.totalCount, ids: listed.ids?.map(String) };
}
