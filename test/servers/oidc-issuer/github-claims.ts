/**
 * The claims of a GitHub Actions OIDC token for a push to `main` of `acme/app`, built
 * from the documented claim set (https://docs.github.com/actions/reference/openid-connect-reference).
 * Every value can be overridden; `undefined` removes a claim.
 */
export function githubActionsClaims(overrides: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const repository = typeof overrides['repository'] === 'string' ? overrides['repository'] : 'acme/app';
  const ref = typeof overrides['ref'] === 'string' ? overrides['ref'] : 'refs/heads/main';
  const workflowRef = `${repository}/.github/workflows/release.yml@${ref}`;
  const claims: Record<string, unknown> = {
    sub: `repo:${repository}:ref:${ref}`,
    repository,
    repository_id: '123456789',
    repository_owner: repository.split('/')[0],
    repository_owner_id: '987654',
    repository_visibility: 'public',
    ref,
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    ref_protected: 'true',
    sha: 'babca52ab0c93ae16539e5923cb0d7403b9a093b',
    event_name: 'push',
    actor: 'octocat',
    actor_id: '583231',
    workflow: 'release',
    workflow_ref: workflowRef,
    workflow_sha: 'babca52ab0c93ae16539e5923cb0d7403b9a093b',
    job_workflow_ref: workflowRef,
    job_workflow_sha: 'babca52ab0c93ae16539e5923cb0d7403b9a093b',
    run_id: '1536140711',
    run_number: '42',
    run_attempt: '1',
    runner_environment: 'github-hosted',
    ...overrides,
  };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  return claims;
}
