import { createPublicKey } from 'node:crypto';
import type { MintGrant, MintedAnswer } from '@ringfence/broker';
import { GitHubApp, GitHubAppMinter } from '@ringfence/github';
import { createAppJwtSigner } from '@ringfence/token';
import { FakeRepo, Scenario, generateAppKey, startFakeGitHub } from '../../servers/fake-github/index.js';
import type { FakeGitHub } from '../../servers/fake-github/index.js';
import { APP_REPO, OWNER_ID, POLICY_REPO, RecordingMinter } from './stack.js';

/** The broker's minter port over the GitHub App adapter, still recording every call for the stack's checks. */
export class GitHubBackedMinter extends RecordingMinter {
  constructor(private readonly github: GitHubAppMinter) {
    super();
    this.answer = (grant: MintGrant): Promise<MintedAnswer> => this.github.mint(grant);
  }

  override async revoke(token: string): Promise<void> {
    await super.revoke(token);
    await this.github.revoke(token);
  }
}

/** The fake GitHub laid out with the ids the broker fixtures and the hostile table use. */
export interface GitHubWorld {
  readonly scenario: Scenario;
  readonly github: FakeGitHub;
  readonly minter: GitHubBackedMinter;
  /** The broker's App at the fake, for other adapters (the policy reader). */
  readonly app: GitHubApp;
  /** The App's private key (PEM), for a broker started as a process. */
  readonly key: string;
  close(): Promise<void>;
}

/**
 * acme (owner 987654) with acme/app (123456789), acme/lib (222222222) and acme/policy
 * (100001), the App installed on all of them: what test/fixtures/broker/org-policy.yml and
 * the loopback issuer's default claims name, so a valid exchange is minted at the fake.
 */
export async function startGitHubWorld(): Promise<GitHubWorld> {
  const key = generateAppKey();
  const scenario = new Scenario();
  for (const [name, id] of [['app', APP_REPO], ['lib', '222222222'], ['policy', POLICY_REPO]] as const) scenario.repos.set(`acme/${name}`, new FakeRepo('acme', name, Number(id)));
  scenario.apps.register({ id: 4242, clientId: 'Iv23liRingfenceTest1', slug: 'ringfence-token', publicKeys: [createPublicKey(key)] });
  scenario.apps.install({ login: 'acme', id: Number(OWNER_ID), type: 'Organization' }, { contents: 'write', issues: 'write', pull_requests: 'read', metadata: 'read', members: 'read' });
  const github = await startFakeGitHub({ scenario });
  const app = new GitHubApp({ baseUrl: github.url, jwt: createAppJwtSigner({ issuer: { appId: '4242' }, privateKey: key }), retries: 0, authRetryDelayMs: 1 });
  return { scenario, github, app, key, minter: new GitHubBackedMinter(new GitHubAppMinter(app)), close: () => github.close() };
}
