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

/** The caller workflow: every repository runs the one reusable guard workflow. */
export function guardCallerWorkflow(options: CallerOptions): string {
  const [repository, ref] = options.workflowRef.split('@') as [string, string];
  return `# Runs the ringfence guard on every pull request. The ruleset requires the check
# "${CHECK_NAME}" from the guard App (integration id ${options.appId}); see ringfence init's output.
name: ringfence guard
on:
  pull_request_target:
    types: [opened, synchronize, reopened, edited]
  pull_request_review:
    types: [submitted, dismissed]
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
    secrets:
      app-private-key: \${{ secrets.RINGFENCE_GUARD_APP_KEY }}
`;
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
