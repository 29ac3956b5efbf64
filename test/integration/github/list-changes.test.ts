import { afterEach, describe, expect, test } from '@jest/globals';
import { GitHubError, PullRequestChangeSource, routes } from '@ringfence/github';
import type { FakeGitHub, FakeGitHubOptions } from '../../servers/fake-github/index.js';
import { pullRequestScenario, startFakeGitHub } from '../../servers/fake-github/index.js';
import { ACME, clientFor } from './support.js';

let server: FakeGitHub | undefined;
afterEach(async () => {
  server?.assertNoSchemaViolations();
  await server?.close();
  server = undefined;
});

async function start(options: FakeGitHubOptions): Promise<FakeGitHub> {
  server = await startFakeGitHub(options);
  return server;
}

const sourceFor = (s: FakeGitHub) => new PullRequestChangeSource({ client: clientFor(s), repo: ACME, pullNumber: 7 });

describe('the changes of a pull request', () => {
  test('are every path with its modes, symlink targets and the base symlinks, against the merge base', async () => {
    const s = pullRequestScenario({ files: 3 });
    const changeSet = await sourceFor(await start({ scenario: s.scenario })).listChanges({ base: 'main', head: s.head });
    expect({ base: changeSet.baseSha, head: changeSet.headSha, mergeBase: changeSet.mergeBaseSha }).toEqual({ base: s.base, head: s.head, mergeBase: s.mergeBase });
    expect(changeSet.changes.filter((c) => !c.path.startsWith('src/gen/'))).toEqual([
      { kind: 'type-changed', path: 'docs/link.md', oldMode: '100644', newMode: '120000', symlinkTarget: '../README.md' },
      { kind: 'modified', path: 'scripts/build.sh', oldMode: '100644', newMode: '100755' },
      { kind: 'deleted', path: 'src/gone.ts', oldMode: '100644', newMode: '000000' },
      { kind: 'renamed', path: 'src/new.ts', previousPath: 'src/old.ts', oldMode: '100644', newMode: '100644' },
      { kind: 'added', path: 'tools/ci', oldMode: '000000', newMode: '120000', symlinkTarget: '../.github/workflows' },
      { kind: 'modified', path: 'vendor/lib', oldMode: '160000', newMode: '160000' },
    ]);
    expect(changeSet.changes.filter((c) => c.path.startsWith('src/gen/'))).toHaveLength(3);
    expect(changeSet.baseSymlinks).toEqual([{ path: 'ci-scripts', target: 'scripts' }]);
  });

  test('past 3000 files are read from the tree diff, complete, without listing the files', async () => {
    const s = pullRequestScenario({ files: 3100, interesting: false });
    const fake = await start({ scenario: s.scenario });
    const changeSet = await sourceFor(fake).listChanges({ base: 'main', head: s.head });
    expect(changeSet.changes).toHaveLength(3100);
    expect(fake.requests.filter((r) => r.route === routes.LIST_PR_FILES)).toEqual([]);
  });

  test('whose list disagrees with changed_files are read from the tree diff instead', async () => {
    const s = pullRequestScenario({ files: 120 });
    s.pr.changedFilesOverride = 125;
    const changeSet = await sourceFor(await start({ scenario: s.scenario })).listChanges({ base: 'main', head: s.head });
    // The tree diff knows no renames: the rename is a deletion and an addition, both paths counted.
    expect(changeSet.changes.filter((c) => c.path.startsWith('src/') && !c.path.startsWith('src/gen/')).map((c) => `${c.kind} ${c.path}`)).toEqual(['deleted src/gone.ts', 'added src/new.ts', 'deleted src/old.ts']);
    expect(changeSet.changes).toHaveLength(127);
  });

  test('fail closed when a recursive tree comes back truncated', async () => {
    const s = pullRequestScenario({ files: 2 });
    s.repo.truncatedTrees.add(s.head);
    await expect(sourceFor(await start({ scenario: s.scenario })).listChanges({ base: 'main', head: s.head })).rejects.toMatchObject({ code: 'GITHUB_CHANGESET_INCOMPLETE', route: routes.GET_GIT_TREE });
  });

  test('skip what GitHub lists as unchanged and take the kind of a change from the modes', async () => {
    const s = pullRequestScenario({ files: 0, interesting: false });
    const head = s.repo.commitOn(s.mergeBase, { 'a.txt': 'a', 'scripts/build.sh': { symlink: '../README.md' } });
    s.pr.headSha = head;
    s.pr.listedFiles = [
      { filename: 'a.txt', status: 'added' },
      { filename: 'scripts/build.sh', status: 'changed' },
      { filename: 'README.md', status: 'unchanged' },
    ];
    s.pr.changedFilesOverride = 3;
    const changeSet = await sourceFor(await start({ scenario: s.scenario })).listChanges({ base: 'main', head });
    expect(changeSet.changes).toEqual([
      { kind: 'added', path: 'a.txt', oldMode: '000000', newMode: '100644' },
      { kind: 'type-changed', path: 'scripts/build.sh', oldMode: '100644', newMode: '120000', symlinkTarget: '../README.md' },
    ]);
  });

  test('believe the tree diff, not a list that calls an added file modified', async () => {
    const s = pullRequestScenario({ files: 0, interesting: false });
    const head = s.repo.commitOn(s.mergeBase, { 'a.txt': 'a' });
    s.pr.headSha = head;
    s.pr.listedFiles = [{ filename: 'a.txt', status: 'modified' }];
    const changeSet = await sourceFor(await start({ scenario: s.scenario })).listChanges({ base: 'main', head });
    expect(changeSet.changes.map((c) => `${c.kind} ${c.path}`)).toEqual(['added a.txt']);
  });
});

describe('a pull request that moves while it is read', () => {
  test('is read again and judged at its new head', async () => {
    const s = pullRequestScenario({ files: 2 });
    const pushed = s.repo.commitOn(s.head, { 'late.txt': 'pushed meanwhile' });
    s.pr.moves.push({ afterReads: 1, headSha: pushed });
    const changeSet = await sourceFor(await start({ scenario: s.scenario })).listChanges({ base: 'main', head: 'feature-7' });
    expect(changeSet.headSha).toBe(pushed);
    expect(changeSet.changes.map((c) => c.path)).toContain('late.txt');
  });

  test('fails closed with GITHUB_PR_MOVED when it keeps moving', async () => {
    const s = pullRequestScenario({ files: 2 });
    for (let i = 1; i <= 6; i++) s.pr.moves.push({ afterReads: i, headSha: s.repo.commitOn(s.head, { 'push.txt': `push ${i}` }) });
    await expect(sourceFor(await start({ scenario: s.scenario })).listChanges({ base: 'main', head: 'feature-7' })).rejects.toMatchObject({ code: 'GITHUB_PR_MOVED' });
  });

  test('fails with GITHUB_PR_MOVED when the run is for an older head than the pull request has', async () => {
    const s = pullRequestScenario({ files: 1 });
    const error = await sourceFor(await start({ scenario: s.scenario }))
      .listChanges({ base: 'main', head: 'f'.repeat(40) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).message).toContain(`found ${s.head}`);
  });
});

describe('the client', () => {
  test('talks to a GitHub Enterprise Server base URL with its path prefix', async () => {
    const s = pullRequestScenario({ files: 1 });
    const fake = await start({ scenario: s.scenario, pathPrefix: '/api/v3' });
    await sourceFor(fake).listChanges({ base: 'main', head: s.head });
    expect(fake.requests.every((r) => r.path.startsWith('/api/v3/repos/acme/app/'))).toBe(true);
  });

  test('never puts the token in a request log or an error message', async () => {
    const s = pullRequestScenario({ files: 1 });
    const fake = await start({ scenario: s.scenario, faults: [{ route: routes.GET_PULL_REQUEST, kind: 'unauthorized' }] });
    const error = (await sourceFor(fake)
      .listChanges({ base: 'main', head: s.head })
      .catch((e: unknown) => e)) as GitHubError;
    expect(error.code).toBe('GITHUB_UNAUTHORIZED');
    expect(JSON.stringify(fake.requests)).not.toContain('ghs_0123456789');
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain('ghs_0123456789');
  });
});
