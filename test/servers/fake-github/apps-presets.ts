import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { FakeApp, FakeInstallation } from './apps-model.js';
import { ownerIdOf } from './handlers-apps.js';
import type { FakeRepo } from './scenario.js';
import { Scenario } from './scenario.js';

/** An RSA key as GitHub hands an App's key out: PKCS#1 PEM. */
export function generateAppKey(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
}

/** Ids of the preset's repositories and owner, for policies written against them. */
export interface AppScenarioIds {
  readonly owner: number;
  readonly app: number;
  readonly lib: number;
  readonly policy: number;
  readonly dotGithub: number;
}

/** What `appScenario` built, for requests and assertions. */
export interface AppScenario {
  readonly scenario: Scenario;
  readonly app: FakeApp;
  readonly installation: FakeInstallation;
  readonly repos: { readonly app: FakeRepo; readonly lib: FakeRepo; readonly policy: FakeRepo; readonly dotGithub: FakeRepo };
  readonly ids: AppScenarioIds;
}

export interface AppScenarioOptions {
  /** The App's private key (PEM); its public key is registered. */
  readonly privateKey: string;
  /** The org policy in acme/policy at `org.yml` on main, written against the ids; absent: no file. */
  readonly policy?: (ids: AppScenarioIds) => string;
  /** What the installation on acme was granted (default: a broad set without `checks`). */
  readonly permissions?: Record<string, string>;
}

/**
 * The org acme with the ringfence token App installed on all its repositories: acme/app (the
 * job's), acme/lib, acme/policy (the org policy) and acme/.github.
 */
export function appScenario(options: AppScenarioOptions): AppScenario {
  const scenario = new Scenario();
  const repos = { app: scenario.repo('acme', 'app'), lib: scenario.repo('acme', 'lib'), policy: scenario.repo('acme', 'policy'), dotGithub: scenario.repo('acme', '.github') };
  const ids: AppScenarioIds = { owner: ownerIdOf('acme'), app: repos.app.id, lib: repos.lib.id, policy: repos.policy.id, dotGithub: repos.dotGithub.id };
  if (options.policy) repos.policy.branch('main', repos.policy.commit({ 'org.yml': options.policy(ids) }));
  const app = scenario.apps.register({ id: 4242, clientId: 'Iv23liRingfenceTest1', slug: 'ringfence-token', publicKeys: [createPublicKey(options.privateKey)] });
  const permissions = options.permissions ?? { contents: 'write', issues: 'write', pull_requests: 'write', statuses: 'write', metadata: 'read', members: 'read', administration: 'write' };
  const installation = scenario.apps.install({ login: 'acme', id: ids.owner, type: 'Organization' }, permissions);
  return { scenario, app, installation, repos, ids };
}
