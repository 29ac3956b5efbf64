import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEvent } from '@ringfence/broker';
import { appScenario, generateAppKey, startFakeGitHub } from '../../servers/fake-github/index.js';
import type { AppScenario, AppScenarioIds, FakeGitHub } from '../../servers/fake-github/index.js';
import { startOidcIssuer } from '../../servers/oidc-issuer/index.js';
import type { OidcIssuer } from '../../servers/oidc-issuer/index.js';

export const AUDIENCE = 'https://broker.acme.test/ringfence';
const CLI = join(process.cwd(), 'dist/cli/ringfence.js');

/** The org policy the broker decides by: acme/app's push to main may write issues of app and read lib. */
export const BROKER_POLICY = (ids: AppScenarioIds) => `version: 1
token:
  ceiling:
    permissions: { contents: write, issues: write, pull_requests: read, metadata: read }
  protected_refs: ["refs/heads/main"]
  rules:
    - name: app-issue-bot
      match:
        repository_owner_id: ${ids.owner}
        repository_id: ${ids.app}
        ref: refs/heads/main
        event_name: push
      grant:
        repositories: [self, ${ids.lib}]
        permissions: { issues: write, contents: read }
`;

/**
 * Everything a broker-mode job meets, on loopback: the fake GitHub with the App installed
 * on acme, the OIDC issuer handing out acme/app's ID tokens the way the runner's
 * ACTIONS_ID_TOKEN_REQUEST_URL does, and `ringfence broker serve` as its own process (the
 * bundled CLI), holding the App key the job never sees.
 */
export interface BrokerWorld {
  readonly w: AppScenario;
  readonly github: FakeGitHub;
  readonly issuer: OidcIssuer;
  readonly brokerUrl: string;
  /** The App's private key (held by the broker only). */
  readonly key: string;
  /** The job's environment, ID token request included. */
  readonly env: Record<string, string>;
  /** The broker's audit log, as written so far. */
  audit(): AuditEvent[];
  close(): Promise<void>;
}

export async function startBrokerWorld(): Promise<BrokerWorld> {
  const key = generateAppKey();
  const w = appScenario({ privateKey: key });
  const github = await startFakeGitHub({ scenario: w.scenario });
  const claims = { repository: 'acme/app', repository_id: String(w.ids.app), repository_owner_id: String(w.ids.owner), workflow_ref: 'acme/app/.github/workflows/bot.yml@refs/heads/main' };
  const issuer = await startOidcIssuer({ audience: AUDIENCE, claims });
  const dir = mkdtempSync(join(tmpdir(), 'ringfence-broker-e2e-'));
  writeFileSync(join(dir, 'org-policy.yml'), BROKER_POLICY(w.ids));
  writeFileSync(join(dir, 'broker.yml'), `version: 1
audience: ${AUDIENCE}
issuers:
  - url: ${issuer.issuer}
    owner_ids: [${w.ids.owner}]
app: { id: 4242, private_key_env: RINGFENCE_E2E_APP_KEY }
policy: { file: org-policy.yml, host_repository_id: ${w.ids.policy} }
stores: { audit: { kind: file, path: audit.jsonl } }
`);
  const broker = spawn(process.execPath, [CLI, 'broker', 'serve', '--config', join(dir, 'broker.yml'), '--port', '0'], {
    env: { PATH: process.env['PATH'] ?? '', GITHUB_API_URL: github.url, RINGFENCE_E2E_APP_KEY: key },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const brokerUrl = await listeningUrl(broker);
  return {
    w,
    github,
    issuer,
    brokerUrl,
    key,
    env: {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_REPOSITORY_ID: String(w.ids.app),
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_REPOSITORY_OWNER_ID: String(w.ids.owner),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: 'a'.repeat(40),
      ACTIONS_ID_TOKEN_REQUEST_URL: `${issuer.tokenRequestUrl}?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
    },
    audit: () => readFileSync(join(dir, 'audit.jsonl'), 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as AuditEvent),
    close: async () => {
      const exited = new Promise<void>((resolve) => (broker.exitCode === null ? broker.once('exit', () => resolve()) : resolve()));
      broker.kill('SIGTERM');
      await exited;
      await issuer.close();
      await github.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// The broker says where it listens on stderr once it does; anything else first is a failure.
function listeningUrl(broker: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    broker.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const url = /listening on (http:\/\/[^;\s]+);/u.exec(stderr)?.[1];
      if (url) resolve(url);
    });
    broker.once('exit', (code) => reject(new Error(`ringfence broker serve exited ${code}: ${stderr}`)));
  });
}
