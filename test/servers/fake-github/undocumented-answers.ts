/**
 * Statuses GitHub answers that its OpenAPI description does not document for the operation.
 * The fake may answer them, with a `basic-error` body (checked like every other body); any
 * other undocumented status is still a violation. Each names where the behaviour is seen.
 */
const UNDOCUMENTED: Readonly<Record<string, readonly number[]>> = {
  // A JWT GitHub refuses (bad signature, clock skew, deleted key) is 401 on every App route:
  // @octokit/auth-app's hook matches the messages; docs "Generating a JWT for a GitHub App".
  'GET /repos/{owner}/{repo}/installation': [401],
  // Not installed there: 404 (create-github-app-token, auth-app `getInstallationId`).
  'GET /orgs/{org}/installation': [401, 404],
  'GET /users/{username}/installation': [401, 404],
  // An expired or already revoked token: create-github-app-token#72; qoomon action-post.ts.
  'DELETE /installation/token': [401],
  // A revoked or expired installation token on any read: "Bad credentials".
  'GET /repos/{owner}/{repo}': [401],
  // A repository the token cannot see, or an API the host lacks (GHES has no attestations):
  // 404 as on every repository route; the attestations docs list only 200 / 201, 403, 422.
  'GET /repos/{owner}/{repo}/attestations/{subject_digest}': [401, 403, 404],
  'POST /repos/{owner}/{repo}/attestations': [401, 404],
  // An environment that does not exist is 404 like any missing resource (the docs list only 200).
  'GET /repos/{owner}/{repo}/environments/{environment_name}': [404],
  // Organisation secrets are listed to organisation admins only; others get 403 (docs list only 200).
  'GET /orgs/{org}/actions/secrets': [403],
};

/** True when GitHub is known to answer `status` to this operation although undocumented. */
export function isUndocumentedAnswer(method: string, template: string, status: number): boolean {
  return UNDOCUMENTED[`${method} ${template}`]?.includes(status) ?? false;
}
