import { describe, expect, it } from '@jest/globals';
import { gatherFacts, organizationCache } from '../src/gather-facts.js';
import type { LocalActionFile } from '../src/facts.js';
import { MAX_LOCAL_ACTIONS } from '../src/workflows/local-uses.js';
import type { DoctorSource } from '../src/ports.js';
import { goodFacts } from './facts-builder.js';

// A source answering from goodFacts(), with some reads replaced.
function source(overrides: Partial<DoctorSource> = {}): DoctorSource & { orgReads: number; orgSecretReads: number; sharedSecretReads: number } {
  const facts = goodFacts();
  const value = <T>(fact: { known: boolean; value?: T }): Promise<T> => Promise.resolve(fact.value as T);
  const s = {
    orgReads: 0,
    orgSecretReads: 0,
    sharedSecretReads: 0,
    readRepository: () => Promise.resolve({ defaultBranch: 'main', visibility: 'public', ownerIsOrganization: true }),
    listRequiredChecksInForce: () => value(facts.requiredChecksInForce) as never,
    listRulesets: () => value(facts.rulesets) as never,
    readLegacyProtection: () => value(facts.legacyProtection),
    readWorkflowTokenSettings: () => value(facts.workflowToken),
    readForkApproval: () => value(facts.forkApproval),
    readOrganization: () => {
      s.orgReads++;
      return value(facts.organization!);
    },
    listWorkflowFiles: () => value(facts.workflows) as never,
    readLocalActions: () => value(facts.localActions) as never,
    readEnvironment: () => value(facts.guardEnvironment),
    listRepositorySecretNames: () => value(facts.repositorySecretNames) as never,
    listSharedOrganizationSecretNames: () => {
      s.sharedSecretReads++;
      return value(facts.sharedOrganizationSecretNames!) as never;
    },
    listOrganizationSecretNames: () => {
      s.orgSecretReads++;
      return value(facts.organizationSecretNames!) as never;
    },
    ...overrides,
  };
  return s;
}

describe('gatherFacts', () => {
  it('reads every fact of a repository owned by an organisation', async () => {
    expect((await gatherFacts(source(), { owner: 'acme', repo: 'app' })).facts).toEqual(goodFacts());
  });

  it('a read that throws (anything, not only Error) becomes an unknown fact with its reason, and the others are still read', async () => {
    const refused = source({
      listRulesets: () => Promise.reject(new Error('HTTP 403 for ghs_0123456789abcdefghijklmnopqrstuvwxyz')),
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a non-Error throw is the case under test
      readForkApproval: () => Promise.reject('plain string'),
    });
    const { facts } = await gatherFacts(refused, { owner: 'acme', repo: 'app' });
    expect(facts!.rulesets).toEqual({ known: false, reason: expect.not.stringContaining('ghs_0123456789abcdefghijklmnopqrstuvwxyz') });
    expect(facts!.rulesets).toMatchObject({ reason: expect.stringContaining('HTTP 403') });
    expect(facts!.forkApproval).toEqual({ known: false, reason: 'plain string' });
    expect(facts!.workflowToken.known).toBe(true);
  });

  it("reads the environment init sets up (ringfence-guard), where the guard App's key belongs", async () => {
    const asked: string[] = [];
    await gatherFacts(source({ readEnvironment: (_repo, name) => (asked.push(name), Promise.resolve(undefined)) }), { owner: 'acme', repo: 'app' });
    expect(asked).toEqual(['ringfence-guard']);
  });

  it('an unreadable repository gives no facts, only the reason', async () => {
    expect(await gatherFacts(source({ readRepository: () => Promise.reject(new Error('HTTP 404')) }), { owner: 'acme', repo: 'gone' })).toEqual({ reason: 'HTTP 404' });
  });

  it("reads an organisation's settings once for all its repositories and the secrets it shares once per repository; neither for a user-owned repository", async () => {
    const s = source();
    const cache = organizationCache();
    await Promise.all(['a', 'b', 'c'].map((repo) => gatherFacts(s, { owner: 'acme', repo }, cache)));
    expect([s.orgReads, s.orgSecretReads, s.sharedSecretReads]).toEqual([1, 1, 3]);
    const user = source({ readRepository: () => Promise.resolve({ defaultBranch: 'main', visibility: 'public', ownerIsOrganization: false }) });
    const userFacts = (await gatherFacts(user, { owner: 'alice', repo: 'app' })).facts!;
    expect([userFacts.organization, userFacts.sharedOrganizationSecretNames, userFacts.organizationSecretNames]).toEqual([undefined, undefined, undefined]);
    expect([user.orgReads, user.orgSecretReads, user.sharedSecretReads]).toEqual([0, 0, 0]);
  });
});

describe('gatherFacts reads the local actions the workflows use', () => {
  const workflow = (uses: string[]) => ({ path: '.github/workflows/pr.yml', text: `on: pull_request_target\njobs:\n  t:\n    runs-on: x\n    steps:\n${uses.map((u) => `      - uses: ${u}\n`).join('')}` });
  const composite = (uses: string[]) => `runs:\n  using: composite\n  steps:\n${uses.map((u) => `    - uses: ${u}\n`).join('')}`;

  it('round by round: the actions the workflows name, then those their composite steps name, each once', async () => {
    const tree: Record<string, string> = { a: composite(['./b', './a']), b: composite(['./c']), c: 'runs:\n  using: node20\n  main: x.js\n' };
    const asked: string[][] = [];
    const s = source({
      listWorkflowFiles: () => Promise.resolve([workflow(['./a', 'actions/checkout@v5', './missing'])]),
      readLocalActions: (_repo, _branch, directories) => {
        asked.push([...directories]);
        return Promise.resolve(directories.map((directory): LocalActionFile => (tree[directory] ? { directory, path: `${directory}/action.yml`, text: tree[directory] } : { directory })));
      },
    });
    const { facts } = await gatherFacts(s, { owner: 'acme', repo: 'app' });
    expect(asked).toEqual([['a', 'missing'], ['b'], ['c']]);
    expect(facts!.localActions).toEqual({ known: true, value: [expect.objectContaining({ directory: 'a' }), { directory: 'missing' }, expect.objectContaining({ directory: 'b' }), expect.objectContaining({ directory: 'c' })] });
  });

  it('more local actions than doctor reads, or a directory the source did not answer for, is an unknown fact, never a shorter list', async () => {
    const many = Array.from({ length: MAX_LOCAL_ACTIONS + 1 }, (_, i) => `./a${i}`);
    const tooMany = await gatherFacts(source({ listWorkflowFiles: () => Promise.resolve([workflow(many)]), readLocalActions: (_r, _b, d) => Promise.resolve(d.map((directory) => ({ directory }))) }), { owner: 'acme', repo: 'app' });
    expect(tooMany.facts!.localActions).toEqual({ known: false, reason: `the workflows use more than ${MAX_LOCAL_ACTIONS} local actions; doctor reads at most that many` });
    const silent = await gatherFacts(source({ listWorkflowFiles: () => Promise.resolve([workflow(['./a', './b'])]), readLocalActions: () => Promise.resolve([{ directory: 'a' }]) }), { owner: 'acme', repo: 'app' });
    expect(silent.facts!.localActions).toEqual({ known: false, reason: 'no answer for the local actions b' });
    const unreadable = await gatherFacts(source({ listWorkflowFiles: () => Promise.reject(new Error('HTTP 500')) }), { owner: 'acme', repo: 'app' });
    expect(unreadable.facts!.localActions).toEqual({ known: false, reason: 'the workflow files could not be read' });
  });
});
