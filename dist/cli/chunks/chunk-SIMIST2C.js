import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);

// packages/cli/src/init/templates.ts
var SCHEMA_URL = "https://raw.githubusercontent.com/ringfence/ringfence/main/schema/policy.schema.json";
var CHECK_NAME = "ringfence/guard";
function starterPolicy() {
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
var GUARD_ENVIRONMENT = "ringfence-guard";
var GUARD_KEY_SECRET = "RINGFENCE_GUARD_APP_KEY";
function guardCallerWorkflow(options) {
  const [repository, ref] = options.workflowRef.split("@");
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
function guardReviewWorkflow() {
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
function guardEnvironmentSettings() {
  return { deployment_branch_policy: { protected_branches: false, custom_branch_policies: true } };
}
function requiredCheckRuleset(appId) {
  return {
    name: "ringfence guard",
    target: "branch",
    enforcement: "active",
    conditions: { ref_name: { include: ["~ALL"], exclude: [] } },
    bypass_actors: [],
    rules: [{ type: "required_status_checks", parameters: { strict_required_status_checks_policy: true, required_status_checks: [{ context: CHECK_NAME, integration_id: Number(appId) || 0 }] } }]
  };
}

export {
  CHECK_NAME,
  starterPolicy,
  GUARD_ENVIRONMENT,
  GUARD_KEY_SECRET,
  guardCallerWorkflow,
  guardReviewWorkflow,
  guardEnvironmentSettings,
  requiredCheckRuleset
};
