import type { GitHubClient } from './client.js';
import { listUntilShortPage } from './paginate.js';
import { LIST_PR_REVIEWS } from './routes.js';
import type { Shape } from './shape.js';
import type { RepoRef, Review } from './types.js';

/** Lists every review of a pull request, in GitHub's (chronological) order. */
export function listReviews(client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<Review[]> {
  const operation = `reviews of pull request ${repo.owner}/${repo.repo}#${pullNumber}`;
  return listUntilShortPage({ client, route: LIST_PR_REVIEWS, params: { ...repo, pull_number: pullNumber }, operation, parse: parseReview, keyOf: (r) => String(r.id) });
}

function parseReview(item: Shape): Review {
  return {
    id: item.integer('id'),
    // user is null for a deleted account: no login, so it can approve nothing.
    login: item.optionalObject('user')?.string('login'),
    state: item.string('state'),
    commitId: item.optionalString('commit_id'),
    submittedAt: item.optionalString('submitted_at'),
  };
}
