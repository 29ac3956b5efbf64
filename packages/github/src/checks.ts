import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { CREATE_CHECK_RUN, CREATE_COMMIT_STATUS, UPDATE_CHECK_RUN } from './routes.js';
import { Shape } from './shape.js';
import type { CheckAnnotation, CheckRunInput, CommitStatusInput, RepoRef } from './types.js';

/** GitHub takes at most 50 annotations per create or update request (docs: checks/runs). */
export const ANNOTATIONS_PER_REQUEST = 50;

/**
 * Posts a completed check run: the first 50 annotations with the create, each further 50
 * with an update (GitHub appends annotations across updates). Returns the check run's id.
 */
export async function postCheckRun(client: GitHubClient, repo: RepoRef, input: CheckRunInput): Promise<number> {
  const batches = batch(input.annotations ?? []);
  const output = (annotations: readonly CheckAnnotation[]) => ({ title: input.title, summary: input.summary, ...(input.text !== undefined ? { text: input.text } : {}), annotations: annotations.map(toApi) });
  const operation = `check run "${input.name}" on ${input.headSha} in ${repo.owner}/${repo.repo}`;
  const created = await callApi(
    client,
    CREATE_CHECK_RUN,
    { ...repo, name: input.name, head_sha: input.headSha, status: 'completed', conclusion: input.conclusion, output: output(batches[0] ?? []), ...(input.detailsUrl !== undefined ? { details_url: input.detailsUrl } : {}) },
    operation,
  );
  const id = Shape.of(created.data, { route: CREATE_CHECK_RUN, operation }).integer('id');
  for (const [index, annotations] of batches.slice(1).entries()) {
    await callApi(client, UPDATE_CHECK_RUN, { ...repo, check_run_id: id, output: output(annotations) }, `${operation}, annotations batch ${index + 2} of ${batches.length}`);
  }
  return id;
}

/** Posts a commit status; GitHub keeps at most 140 characters of the description. */
export async function postCommitStatus(client: GitHubClient, repo: RepoRef, input: CommitStatusInput): Promise<void> {
  const operation = `commit status "${input.context}" on ${input.sha} in ${repo.owner}/${repo.repo}`;
  const description = input.description.length > 140 ? `${input.description.slice(0, 139)}…` : input.description;
  await callApi(client, CREATE_COMMIT_STATUS, { ...repo, sha: input.sha, state: input.state, context: input.context, description, ...(input.targetUrl !== undefined ? { target_url: input.targetUrl } : {}) }, operation);
}

function batch<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ANNOTATIONS_PER_REQUEST) out.push(items.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return out;
}

function toApi(a: CheckAnnotation): Record<string, unknown> {
  return { path: a.path, start_line: a.startLine, end_line: a.endLine, annotation_level: a.level, message: a.message, ...(a.title !== undefined ? { title: a.title } : {}) };
}
