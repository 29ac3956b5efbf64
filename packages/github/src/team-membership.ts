import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { GET_TEAM_MEMBERSHIP } from './routes.js';
import { Shape } from './shape.js';
import type { TeamMembership } from './types.js';

/**
 * Whether `username` is an active member of `org/teamSlug` (child teams included). 404 means
 * not a member (GitHub answers so for a team the token cannot see, too); 403 means the token
 * lacks the organisation permission, and is an error so team rules fail closed.
 */
export async function readTeamMembership(client: GitHubClient, org: string, teamSlug: string, username: string): Promise<TeamMembership> {
  const operation = `membership of ${username} in team ${org}/${teamSlug}`;
  let data: unknown;
  try {
    data = (await callApi(client, GET_TEAM_MEMBERSHIP, { org, team_slug: teamSlug, username }, operation)).data;
  } catch (error) {
    if (error instanceof GitHubError && error.code === 'GITHUB_NOT_FOUND') return { member: false, state: 'absent', role: undefined };
    if (error instanceof GitHubError && error.code === 'GITHUB_FORBIDDEN') {
      throw new GitHubError('GITHUB_FORBIDDEN', `${error.message} — reading team membership needs the organisation permission "members: read" (an App or a token with read:org; a GITHUB_TOKEN never has it)`, error, { cause: error });
    }
    throw error;
  }
  const body = Shape.of(data, { route: GET_TEAM_MEMBERSHIP, operation });
  const state = body.string('state');
  const role = body.string('role');
  return { member: state === 'active', state: state === 'active' ? 'active' : 'pending', role };
}
