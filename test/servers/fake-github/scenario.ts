import { FakeApps } from './apps-model.js';
import type { Entry, FileSpec, ListedEntry } from './git-model.js';
import { buildTrees, fakeSha, toEntry } from './git-model.js';
import { FakeSettings } from './settings-model.js';

/** A commit of the fake, with its flattened tree. */
export interface FakeCommit {
  readonly sha: string;
  readonly parents: readonly string[];
  readonly files: ReadonlyMap<string, Entry>;
  readonly treeSha: string;
  readonly recursive: readonly ListedEntry[];
}

/** One commit as the pull request commits list shows it. */
export interface FakePrCommit {
  readonly sha: string;
  readonly author?: string | null;
  readonly committer?: string | null;
  readonly verified?: boolean;
  readonly reason?: string;
}

export interface FakeReview {
  readonly id: number;
  readonly login: string;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  readonly commitId: string | null;
}

/** A listed file, for scenarios that make GitHub's list say something specific. */
export interface FakeListedFile {
  readonly filename: string;
  readonly status: string;
  readonly previous_filename?: string;
}

export interface FakePullRequest {
  readonly number: number;
  author: { login: string; type: 'User' | 'Bot' };
  state: 'open' | 'closed';
  draft: boolean;
  baseRef: string;
  baseSha: string;
  headSha: string;
  headRef: string;
  /** Null: the fork was deleted. */
  headRepo: { id: number; fullName: string } | null;
  commits: FakePrCommit[];
  reviews: FakeReview[];
  /** Overrides the list computed from the diff (statuses GitHub may send). */
  listedFiles?: FakeListedFile[];
  /** Overrides `changed_files` (a count that disagrees with the list). */
  changedFilesOverride?: number;
  /** Head SHAs the pull request moves to after its n-th read (force-pushes during a run). */
  moves: { afterReads: number; headSha: string }[];
  reads: number;
  /** Set once merged: the commit the merge put on the base branch (merge, squash or last rebased commit). */
  mergedAs?: string;
}

/** A check run another App (or an earlier run) left on a commit, listed beside those posted to the fake. */
export interface FakeCheckRun {
  readonly id: number;
  readonly name: string;
  readonly headSha: string;
  readonly appId: number;
  readonly status: 'queued' | 'in_progress' | 'completed';
  readonly conclusion: 'success' | 'failure' | 'neutral' | null;
  readonly text: string | null;
  /** Default: the spec example's time, before any merge of the fake. */
  readonly completedAt?: string;
}

/** A ruleset evaluation of one push (rule insights). */
export interface FakeRuleSuite {
  readonly id: number;
  readonly ref: string;
  readonly afterSha: string;
  readonly result: 'pass' | 'fail' | 'bypass';
  readonly actorName: string;
}

/** One stored attestation: the bundle inline, or (as GitHub may answer) only a URL to it. */
export interface FakeAttestation {
  readonly id: number;
  readonly bundle: unknown;
  /** The sha256 digests of the statement's subjects (what the list is looked up by). */
  readonly digests: readonly string[];
  readonly predicateType: string | undefined;
  /** Listed with this `bundle_url` only, no inline bundle (as GitHub now answers). */
  readonly bundleUrl?: string;
}

/** A repository of the fake: commits by SHA, branches, pull requests, permissions, rules. */
export class FakeRepo {
  readonly commits = new Map<string, FakeCommit>();
  readonly trees = new Map<string, ListedEntry[]>();
  readonly blobs = new Map<string, Uint8Array>();
  readonly branches = new Map<string, string>();
  readonly pulls = new Map<number, FakePullRequest>();
  readonly permissions = new Map<string, { permission: string; roleName: string }>();
  readonly rules = new Map<string, unknown[]>();
  readonly checkRuns: { id: number; body: unknown }[] = [];
  readonly statuses: { sha: string; body: unknown }[] = [];
  /** Pull requests GitHub associates with a commit (merge queue commits name the one they merge). */
  readonly commitPulls = new Map<string, number[]>();
  /** Commits whose recursive tree GitHub reports as truncated. */
  readonly truncatedTrees = new Set<string>();
  /** Artifact attestations stored in the repository (handlers-attestations.ts). */
  readonly attestations: FakeAttestation[] = [];
  /** Check runs listed for a commit besides those posted here (other Apps, seeded verdicts). */
  readonly seededCheckRuns: FakeCheckRun[] = [];
  /** The App id check runs posted to the fake are attributed to. */
  postingAppId = 1;
  /** Ruleset evaluations of pushes, newest last. */
  readonly ruleSuites: FakeRuleSuite[] = [];

  constructor(
    readonly owner: string,
    readonly name: string,
    readonly id: number,
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  /** Adds a commit holding exactly `files`; returns its SHA. */
  commit(files: Readonly<Record<string, FileSpec>>, parents: readonly string[] = []): string {
    const entries = new Map(Object.entries(files).map(([path, spec]) => [path, toEntry(spec, this.blobs)] as const));
    const { root, trees, recursive } = buildTrees(entries, this.blobs);
    for (const [sha, listing] of trees) this.trees.set(sha, listing);
    const sha = fakeSha('commit', root, parents);
    this.commits.set(sha, { sha, parents, files: entries, treeSha: root, recursive });
    return sha;
  }

  /** Adds a commit on top of `parent`: its files, changed by `changes` (null deletes a path). */
  commitOn(parent: string, changes: Readonly<Record<string, FileSpec | null>>): string {
    const files: Record<string, FileSpec> = {};
    const base = this.commits.get(parent)!;
    for (const [path, entry] of base.files) files[path] = this.specOf(entry);
    for (const [path, spec] of Object.entries(changes)) {
      if (spec === null) delete files[path];
      else files[path] = spec;
    }
    return this.commit(files, [parent]);
  }

  branch(name: string, sha: string): this {
    this.branches.set(name, sha);
    return this;
  }

  /** Opens a pull request from `head` into `base` (a branch name). */
  pullRequest(spec: { number: number; base: string; head: string; author?: string; authorType?: 'User' | 'Bot'; draft?: boolean; commits?: FakePrCommit[]; reviews?: FakeReview[] }): FakePullRequest {
    const author = spec.author ?? 'contributor';
    const pr: FakePullRequest = {
      number: spec.number,
      author: { login: author, type: spec.authorType ?? 'User' },
      state: 'open',
      draft: spec.draft ?? false,
      baseRef: spec.base,
      baseSha: this.branches.get(spec.base)!,
      headSha: spec.head,
      headRef: `feature-${spec.number}`,
      headRepo: { id: this.id + 1, fullName: `${author}/${this.name}` },
      commits: spec.commits ?? [{ sha: spec.head, author, committer: author }],
      reviews: spec.reviews ?? [],
      moves: [],
      reads: 0,
    };
    this.pulls.set(spec.number, pr);
    return pr;
  }

  /** Merges a pull request as `commitSha` on its base branch, which moves there. */
  merge(number: number, commitSha: string): this {
    const pr = this.pulls.get(number)!;
    pr.state = 'closed';
    pr.mergedAs = commitSha;
    this.branches.set(pr.baseRef, commitSha);
    this.commitPulls.set(commitSha, [...(this.commitPulls.get(commitSha) ?? []), number]);
    return this;
  }

  /** Compare's status of `base...head`: identical, behind (head is an ancestor of base), ahead or diverged. */
  compareStatus(base: string, head: string): 'identical' | 'behind' | 'ahead' | 'diverged' {
    if (base === head) return 'identical';
    const ahead = this.commitsBetween(base, head).length;
    const behind = this.commitsBetween(head, base).length;
    if (ahead === 0) return 'behind';
    return behind === 0 ? 'ahead' : 'diverged';
  }

  permission(login: string, permission: string, roleName = permission): this {
    this.permissions.set(login, { permission, roleName });
    return this;
  }

  /** Commits reachable from `head` but not from `base`, oldest first (compare's commit list). */
  commitsBetween(base: string, head: string): string[] {
    const fromBase = new Set<string>();
    const walk = [base];
    while (walk.length > 0) {
      const sha = walk.pop()!;
      if (fromBase.has(sha)) continue;
      fromBase.add(sha);
      walk.push(...(this.commits.get(sha)?.parents ?? []));
    }
    const found: string[] = [];
    const queue = [head];
    while (queue.length > 0) {
      const sha = queue.shift()!;
      if (fromBase.has(sha) || found.includes(sha)) continue;
      found.push(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return found.reverse();
  }

  /** The merge base GitHub's compare reports: the nearest common ancestor. */
  mergeBase(a: string, b: string): string | undefined {
    const ancestors = new Set<string>();
    const walk = [a];
    while (walk.length > 0) {
      const sha = walk.pop()!;
      if (ancestors.has(sha)) continue;
      ancestors.add(sha);
      walk.push(...(this.commits.get(sha)?.parents ?? []));
    }
    const queue = [b];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const sha = queue.shift()!;
      if (ancestors.has(sha)) return sha;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return undefined;
  }

  private specOf(entry: Entry): FileSpec {
    if (entry.type === 'commit') return { gitlink: entry.sha };
    const text = Buffer.from(this.blobs.get(entry.sha)!).toString('utf8');
    if (entry.mode === '120000') return { symlink: text };
    return entry.mode === '100755' ? { content: text, executable: true } : text;
  }
}

/** Everything the fake knows: repositories and organisation teams. */
export class Scenario {
  readonly repos = new Map<string, FakeRepo>();
  readonly teams = new Map<string, Map<string, { state: 'active' | 'pending'; role: 'member' | 'maintainer' }>>();
  /** The GitHub App, its installations and the tokens issued (handlers-apps.ts). */
  readonly apps = new FakeApps();
  /** Repository and organisation settings that `ringfence doctor` reads (handlers-settings.ts). */
  readonly settings = new FakeSettings();
  private nextId = 1000;

  repo(owner: string, name: string): FakeRepo {
    const key = `${owner}/${name}`.toLowerCase();
    let repo = this.repos.get(key);
    if (!repo) {
      repo = new FakeRepo(owner, name, (this.nextId += 10));
      this.repos.set(key, repo);
    }
    return repo;
  }

  /** Adds (or replaces) a team with its members. */
  team(org: string, slug: string, members: Readonly<Record<string, { state?: 'active' | 'pending'; role?: 'member' | 'maintainer' }>>): this {
    this.teams.set(`${org}/${slug}`.toLowerCase(), new Map(Object.entries(members).map(([login, m]) => [login, { state: m.state ?? 'active', role: m.role ?? 'member' }])));
    return this;
  }

  findRepo(owner: string, name: string): FakeRepo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }
}
