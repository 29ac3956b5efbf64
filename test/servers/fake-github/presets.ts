import type { FileSpec } from './git-model.js';
import type { FakePullRequest, FakeRepo } from './scenario.js';
import { Scenario } from './scenario.js';

/** What `pullRequestScenario` built, for assertions. */
export interface PullRequestScenario {
  readonly scenario: Scenario;
  readonly repo: FakeRepo;
  readonly pr: FakePullRequest;
  readonly mergeBase: string;
  readonly base: string;
  readonly head: string;
}

export interface PullRequestScenarioOptions {
  /** Generated files the head adds (on top of the hand-written changes below). */
  readonly files?: number;
  /** Whether main moved on after the branch point (then base tip ≠ merge base). */
  readonly baseMoved?: boolean;
  /** Hand-written changes: a rename, a deletion, a symlink into the workflows, a submodule bump, a mode change. */
  readonly interesting?: boolean;
  readonly commits?: number;
  readonly reviews?: number;
}

/**
 * acme/app with pull request #7 from a fork: the everyday shape of the guard's input,
 * scaled by `files`. The head's changes are chosen to exercise every kind the guard knows.
 */
export function pullRequestScenario(options: PullRequestScenarioOptions = {}): PullRequestScenario {
  const scenario = new Scenario();
  const repo = scenario.repo('acme', 'app');
  const interesting = options.interesting ?? true;
  const baseFiles: Record<string, FileSpec> = {
    'README.md': '# app\n',
    '.github/workflows/ci.yml': 'on: pull_request\n',
    'scripts/build.sh': { content: 'make\n' },
    ...(interesting ? { 'ci-scripts': { symlink: 'scripts' }, 'vendor/lib': { gitlink: 'a'.repeat(40) }, 'src/old.ts': 'export const old = 1;\n', 'src/gone.ts': 'gone\n', 'docs/link.md': 'text\n' } : {}),
  };
  const mergeBase = repo.commit(baseFiles);
  const base = options.baseMoved === false ? mergeBase : repo.commitOn(mergeBase, { 'docs/changelog.md': 'v2\n' });
  repo.branch('main', base);
  const changes: Record<string, FileSpec | null> = {};
  for (let i = 0; i < (options.files ?? 0); i++) changes[`src/gen/${String(Math.floor(i / 100)).padStart(2, '0')}/f${String(i).padStart(4, '0')}.ts`] = `export const v${i} = ${i};\n`;
  if (interesting) {
    Object.assign(changes, {
      'src/old.ts': null,
      'src/new.ts': 'export const old = 1;\n',
      'src/gone.ts': null,
      'tools/ci': { symlink: '../.github/workflows' },
      'vendor/lib': { gitlink: 'b'.repeat(40) },
      'scripts/build.sh': { content: 'make\n', executable: true },
      'docs/link.md': { symlink: '../README.md' },
    });
  }
  const head = repo.commitOn(mergeBase, changes);
  const commits = Array.from({ length: options.commits ?? 1 }, (_, i) => ({ sha: i === 0 ? head : `${String(i).padStart(4, '0')}${'c'.repeat(36)}`, author: 'contributor', committer: 'web-flow', verified: i % 2 === 0, reason: i % 2 === 0 ? 'valid' : 'unsigned' }));
  const reviews = Array.from({ length: options.reviews ?? 0 }, (_, i) => ({ id: 100 + i, login: `reviewer${i % 7}`, state: i % 3 === 0 ? ('APPROVED' as const) : ('COMMENTED' as const), commitId: head }));
  const pr = repo.pullRequest({ number: 7, base: 'main', head, commits, reviews });
  return { scenario, repo, pr, mergeBase, base, head };
}
