/** What `ringfence init` writes, as text: deterministic, so re-running changes nothing. */

export const SCHEMA_URL = 'https://raw.githubusercontent.com/ringfence/ringfence/main/schema/policy.schema.json';

export const CHECK_NAME = 'ringfence/guard';

export function starterPolicy(): string {
  return `# yaml-language-server: $schema=${SCHEMA_URL}
# ringfence policy: read from the base branch, never from a pull request.
# Reference: https://github.com/ringfence/ringfence/blob/main/docs/policy.md
version: 1
extends: default        # the built-in rings ci (workflows, CI scripts, this file) and build
trusted:
  permission: write     # write | maintain | admin: who counts as a maintainer
rings: []
# Add rings in front of the built-in ones, tightest first, for example:
# rings:
#   - name: release
#     paths: ["release/**"]
#     approvals: 2
#     approvers: { teams: [your-org/security] }
`;
}

export interface CallerOptions {
  /** Where the reusable workflow lives, as owner/repo@ref (pin the ref to a full commit SHA). */
  readonly workflowRef: string;
  readonly appId: string;
}

/*
 * The environment that holds the guard App's key (GUARD_ENVIRONMENT). Its deployment branches
 * are the default branch only, so a workflow pushed to any other branch (any writer can push
 * one) cannot read the key, and the pull request's own copy of a workflow never runs in it.
 * The names live in doctor, which checks exactly what init sets up.
 */
import { GUARD_ENVIRONMENT, GUARD_KEY_SECRET } from '@ringfence/doctor';

export { GUARD_ENVIRONMENT, GUARD_KEY_SECRET };

/**
 * The caller workflow: every repository runs the one reusable guard workflow, whose job
 * reads the App key from the environment. Only events whose workflow comes from the
 * default branch trigger it: pull_request_target (GitHub runs the default branch's copy)
 * and workflow_dispatch (accepted only from the default branch). Reviews reach it through
 * `guardReviewWorkflow`, which holds no secret.
 */
export function guardCallerWorkflow(options: CallerOptions): string {
  const [repository, ref] = options.workflowRef.split('@') as [string, string];
  return `# Runs the ringfence guard on every pull request. The ruleset requires the check
# "${CHECK_NAME}" from the guard App (integration id ${options.appId}); see ringfence init's output.
# The App key is the secret ${GUARD_KEY_SECRET} of the environment ${GUARD_ENVIRONMENT}, whose
# deployment branches are the default branch only: no other branch's workflow can read it.
# Reviews re-run this workflow through ringfence-guard-review.yml, which holds no secret.
name: ringfence guard
on:
  pull_request_target:
    types: [opened, synchronize, reopened, edited]
  workflow_dispatch:
    inputs:
      pull-request:
        description: Pull request number to re-check
        required: true
permissions: {}
jobs:
  guard:
    uses: ${repository}/.github/workflows/guard.yml@${ref}
    permissions:
      contents: read
      pull-requests: read
    with:
      app-id: "${options.appId}"
      pull-request: \${{ inputs.pull-request }}
    # The reusable job runs in the environment ${GUARD_ENVIRONMENT} and reads the key there;
    # GitHub hands a called workflow the environment's secrets only with inherit.
    secrets: inherit
`;
}

/**
 * The review relay: a review submitted or dismissed asks the default branch's guard
 * workflow to judge the pull request again (workflow_dispatch, which GITHUB_TOKEN may
 * trigger). It holds no secret: on a branch of the same repository this run uses the pull
 * request's own copy of the file, so it must never be where the key is.
 */
export function guardReviewWorkflow(): string {
  return `# When a review is submitted or dismissed, asks the default branch's ringfence guard
# workflow to judge the pull request again. No secret here: for a branch of this repository
# GitHub runs the pull request's own copy of this file. Pull requests from forks get a
# read-only token on reviews: after approving one, run "ringfence guard" by hand
# (Actions > ringfence guard > Run workflow, with its number).
name: ringfence guard review
on:
  pull_request_review:
    types: [submitted, dismissed]
permissions: {}
jobs:
  dispatch:
    if: github.event.pull_request.head.repo.full_name == github.repository
    runs-on: ubuntu-latest
    permissions:
      actions: write
    steps:
      - run: gh workflow run ringfence-guard.yml --repo "$REPOSITORY" --ref "$DEFAULT_BRANCH" -f pull-request="$NUMBER"
        env:
          GH_TOKEN: \${{ github.token }}
          REPOSITORY: \${{ github.repository }}
          DEFAULT_BRANCH: \${{ github.event.repository.default_branch }}
          NUMBER: \${{ github.event.pull_request.number }}
`;
}

/** The environment's settings (PUT /repos/{owner}/{repo}/environments/{name}): custom branch rules, no "protected branches" (the guard's ruleset protects every branch). */
export function guardEnvironmentSettings(): object {
  return { deployment_branch_policy: { protected_branches: false, custom_branch_policies: true } };
}

/** The repository ruleset that makes the guard's check required, pinned to the App id. */
export function requiredCheckRuleset(appId: string): object {
  return {
    name: 'ringfence guard',
    target: 'branch',
    enforcement: 'active',
    conditions: { ref_name: { include: ['~ALL'], exclude: [] } },
    bypass_actors: [],
    rules: [{ type: 'required_status_checks', parameters: { strict_required_status_checks_policy: true, required_status_checks: [{ context: CHECK_NAME, integration_id: Number(appId) || 0 }] } }],
  };
}
