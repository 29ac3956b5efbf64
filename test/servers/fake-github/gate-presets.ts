import { formatGuardEvidence } from '@ringfence/core';
import type { FakeRepo } from './scenario.js';
import { Scenario } from './scenario.js';

/** The guard App the approval gate is pinned to, and an impostor. */
export const GUARD_APP_ID = 4242;
export const OTHER_APP_ID = 666;

/** What `gateScenario` built, for assertions and for variations. */
export interface GateScenario {
  readonly scenario: Scenario;
  readonly repo: FakeRepo;
  /** The merge commit of pull request #7 on main, the tip of main. */
  readonly merge: string;
  /** #7's final head, which the guard allowed. */
  readonly head: string;
  /** A commit of an open pull request (#8), on no protected branch. */
  readonly unmerged: string;
  readonly policyBlobSha: string;
}

/**
 * acme/app where pull request #7 was approved by alice, allowed by the guard App at its
 * final head and merged as a merge commit through the rulesets; #8 is still open. Each
 * gate case changes one fact of this.
 */
export function gateScenario(options: { guardAppId?: number; bypass?: boolean } = {}): GateScenario {
  const scenario = new Scenario();
  const repo = scenario.repo('acme', 'app');
  const root = repo.commit({ 'README.md': '# app\n', '.github/ringfence.yml': 'version: 1\n' });
  repo.branch('main', root);
  const head = repo.commitOn(root, { 'src/app.ts': 'export const app = 1;\n' });
  repo.pullRequest({ number: 7, base: 'main', head, reviews: [{ id: 1, login: 'alice', state: 'APPROVED', commitId: head }] });
  const merge = repo.commit({ 'README.md': '# app\n', '.github/ringfence.yml': 'version: 1\n', 'src/app.ts': 'export const app = 1;\n' }, [root, head]);
  repo.merge(7, merge);
  const unmerged = repo.commitOn(root, { '.github/workflows/release.yml': 'on: push\n' });
  repo.pullRequest({ number: 8, base: 'main', head: unmerged });
  repo.commitPulls.set(unmerged, [8]);
  const policyBlobSha = repo.commits.get(root)!.files.get('.github/ringfence.yml')!.sha;
  const text = `- ring ci: ok\n${formatGuardEvidence({ version: 2, pullRequest: 7, baseRef: 'main', baseSha: root, headSha: head, outcome: 'allowed', approvers: ['alice'], policies: [{ layer: 'repository', blobSha: policyBlobSha }] })}`;
  repo.seededCheckRuns.push({ id: 9001, name: 'ringfence/guard', headSha: head, appId: options.guardAppId ?? GUARD_APP_ID, status: 'completed', conclusion: 'success', text });
  repo.ruleSuites.push({ id: 31, ref: 'refs/heads/main', afterSha: merge, result: options.bypass ? 'bypass' : 'pass', actorName: options.bypass ? 'org-admin' : 'alice' });
  return { scenario, repo, merge, head, unmerged, policyBlobSha };
}
