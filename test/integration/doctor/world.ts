import { Scenario } from '../../servers/fake-github/index.js';
import type { FakeRepoSettings, FakeRuleset } from '../../servers/fake-github/index.js';

export const ORG = 'acme';
export const GUARD_APP = 424242;
export const SHA = 'c'.repeat(40);
export const CALLER_PATH = '.github/workflows/ringfence-guard.yml';

/** The caller workflow `ringfence init --app-id 424242` writes, pinned by SHA. */
export const CALLER = `# Runs the ringfence guard on every pull request.
name: ringfence guard
on:
  pull_request_target:
    types: [opened, synchronize, reopened, edited]
  workflow_dispatch:
    inputs: { pull-request: { required: true } }
permissions: {}
jobs:
  guard:
    uses: ringfence/ringfence/.github/workflows/guard.yml@${SHA} # v0.1.0
    permissions:
      contents: read
      pull-requests: read
    with:
      app-id: "${GUARD_APP}"
    # The reusable workflow's job reads the key from the environment ringfence-guard.
    secrets: inherit
`;

/** The ruleset `ringfence init --app-id 424242` prints, as GitHub stores it. */
export function guardRuleset(overrides: Partial<FakeRuleset> = {}): FakeRuleset {
  return { id: 7, name: 'ringfence guard', target: 'branch', enforcement: 'active', sourceType: 'Repository', include: ['~ALL'], exclude: [], bypassActors: [], requiredChecks: [{ context: 'ringfence/guard', integration_id: GUARD_APP }], ...overrides };
}

/** An organisation whose repositories are configured as doctor wants; tests break one thing each. */
export class DoctorWorld {
  readonly scenario = new Scenario();

  constructor(basePermission: 'read' | 'write' | 'hidden' = 'read') {
    this.scenario.settings.organization(ORG, basePermission);
  }

  /** Adds a repository with the caller workflow (or `workflows`) on main and the guard ruleset. */
  repository(name: string, workflows: Record<string, string> = { [CALLER_PATH]: CALLER }): FakeRepoSettings {
    const repo = this.scenario.repo(ORG, name);
    repo.branch('main', repo.commit({ 'README.md': 'hello\n', ...workflows }));
    const settings = this.scenario.settings.repo(ORG, name);
    settings.rulesets.push(guardRuleset());
    return settings;
  }
}
