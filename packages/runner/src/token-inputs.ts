import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { UsageError } from '@ringfence/core';
import { booleanInput, optionalInput } from './inputs.js';

/** `owner/repo/path@ref` of the org policy, parsed. */
export interface OrgPolicyLocation {
  readonly owner: string;
  readonly repo: string;
  readonly path: string;
  readonly ref: string;
}

/** Everything the token action reads from its step and the runner. */
export interface TokenInputs {
  /** Input `client-id` or `app-id` (exactly one). */
  readonly issuer: { readonly appId: string } | { readonly clientId: string };
  /** Input `private-key`, every line already masked; `\n` escapes still as written. */
  readonly privateKey: string;
  /** Input `owner`, else the owner of the repository the job runs in. */
  readonly owner: string;
  /** Input `repositories`: names, comma or newline separated; empty means the job's repository. */
  readonly repositories: readonly string[];
  /** Every non-empty `permission-<name>` input, name with `_` as the API writes it. */
  readonly permissions: Readonly<Record<string, string>>;
  readonly orgPolicy: OrgPolicyLocation | undefined;
  readonly skipTokenRevoke: boolean;
  /**
   * The runner's values under the OIDC claim names rules match. Absent from a runner's
   * environment, so never present here: `job_workflow_ref` and `environment`.
   */
  readonly claims: Readonly<Record<string, string>>;
  /** The repository the job runs in; `id` from `GITHUB_REPOSITORY_ID` (absent on older GHES). */
  readonly repository: { readonly owner: string; readonly repo: string; readonly id: string | undefined };
  readonly apiUrl: string;
  /** Masks a secret in the job's log from this line on (`::add-mask::`). */
  readonly mask: (secret: string) => void;
}

/** What the post step reads: the state the main step saved. */
export interface TokenPostInputs {
  /** Undefined when the main step minted nothing, or `skip-token-revoke` was set. */
  readonly token: string | undefined;
  readonly expiresAt: string | undefined;
  readonly installationId: string | undefined;
  readonly apiUrl: string;
}

const ORG_POLICY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/([^@]+)@(.+)$/u;
const REPOSITORY_NAME = /^[A-Za-z0-9_.-]{1,100}$/u;
// `permission-pull-requests` arrives as INPUT_PERMISSION-PULL-REQUESTS; `_` spellings are taken too.
const PERMISSION_INPUT = /^INPUT_PERMISSION[-_]/u;
const PEM_ARMOUR = /^-----(?:BEGIN|END) [A-Z ]+-----$/u;

// Runner variable for each claim the token policy can match (docs: "Variables reference").
const CLAIM_VARIABLES: Readonly<Record<string, string>> = {
  repository: 'GITHUB_REPOSITORY',
  repository_id: 'GITHUB_REPOSITORY_ID',
  repository_owner: 'GITHUB_REPOSITORY_OWNER',
  repository_owner_id: 'GITHUB_REPOSITORY_OWNER_ID',
  actor: 'GITHUB_ACTOR',
  actor_id: 'GITHUB_ACTOR_ID',
  event_name: 'GITHUB_EVENT_NAME',
  ref: 'GITHUB_REF',
  ref_type: 'GITHUB_REF_TYPE',
  workflow_ref: 'GITHUB_WORKFLOW_REF',
  runner_environment: 'RUNNER_ENVIRONMENT',
};

/**
 * Reads the token action's inputs. The private key is masked, whole and line by line, before
 * any other input is read or anything is checked.
 */
export function readTokenInputs(): TokenInputs {
  const privateKey = readPrivateKey();
  const repository = env('GITHUB_REPOSITORY');
  const [owner, repo, extra] = (repository ?? '').split('/');
  if (!owner || !repo || extra !== undefined) throw new UsageError('USAGE_MISSING_ARGUMENT', 'GITHUB_REPOSITORY is not owner/name: this step must run in a GitHub Actions job');
  return {
    issuer: readIssuer(),
    privateKey,
    owner: optionalInput('owner') ?? env('GITHUB_REPOSITORY_OWNER') ?? owner,
    repositories: readRepositories(),
    permissions: readPermissions(),
    orgPolicy: readOrgPolicy(),
    skipTokenRevoke: booleanInput('skip-token-revoke', false),
    claims: readClaims(),
    repository: { owner, repo, id: env('GITHUB_REPOSITORY_ID') },
    apiUrl: env('GITHUB_API_URL') ?? 'https://api.github.com',
    mask: (secret) => core.setSecret(secret),
  };
}

/** Reads what the main step saved for the post step; the token is masked again as it is read. */
export function readTokenPostInputs(): TokenPostInputs {
  const state = (name: string) => core.getState(name) || undefined;
  const token = state('token');
  if (token !== undefined) core.setSecret(token);
  return { token, expiresAt: state('expires-at'), installationId: state('installation-id'), apiUrl: env('GITHUB_API_URL') ?? 'https://api.github.com' };
}

/** A runner variable, undefined when unset or empty. */
export function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

// Masks the key as written, each of its lines, and each line once `\n` escapes are expanded.
function readPrivateKey(): string {
  const raw = core.getInput('private-key');
  if (raw.trim() === '') throw new UsageError('USAGE_MISSING_ARGUMENT', 'input `private-key` is required: the PEM private key of the GitHub App (pass it from a secret)');
  core.setSecret(raw);
  for (const line of raw.split(/\r?\n|\\n/u).map((l) => l.trim())) if (line !== '' && !PEM_ARMOUR.test(line)) core.setSecret(line);
  return raw;
}

function readIssuer(): TokenInputs['issuer'] {
  const clientId = optionalInput('client-id');
  const appId = optionalInput('app-id');
  if (clientId !== undefined && appId !== undefined) throw new UsageError('USAGE_INVALID_VALUE', 'set one of inputs `client-id` and `app-id`, not both');
  if (clientId !== undefined) return { clientId };
  if (appId !== undefined) return { appId };
  throw new UsageError('USAGE_MISSING_ARGUMENT', "input `client-id` (or `app-id`) is required: the GitHub App's client id from its settings page");
}

function readRepositories(): string[] {
  const names = (optionalInput('repositories') ?? '').split(/[\n,]/u).map((n) => n.trim()).filter((n) => n !== '');
  const bad = names.find((n) => !REPOSITORY_NAME.test(n));
  if (bad !== undefined) throw new UsageError('USAGE_INVALID_VALUE', `input \`repositories\`: ${JSON.stringify(bad.slice(0, 120))} is not a repository name (names only, without the owner; set \`owner\` for another account)`);
  return [...new Set(names)];
}

/**
 * Every `permission-*` input the step was given, declared in action.yml or not: an unknown
 * name reaches the decision, which refuses it by name instead of it being silently dropped.
 */
export function readPermissions(): Record<string, string> {
  const entries = Object.entries(process.env)
    .filter(([key, value]) => PERMISSION_INPUT.test(key.toUpperCase()) && (value ?? '').trim() !== '')
    .map(([key, value]) => [key.slice('INPUT_PERMISSION-'.length).toLowerCase().replace(/-/gu, '_'), (value ?? '').trim()] as const);
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

function readOrgPolicy(): OrgPolicyLocation | undefined {
  const text = optionalInput('org-policy');
  if (text === undefined) return undefined;
  const parsed = ORG_POLICY.exec(text);
  if (!parsed) throw new UsageError('USAGE_INVALID_VALUE', `input \`org-policy\` must be owner/repo/path@ref, such as acme/.github/ringfence/org.yml@main, not ${JSON.stringify(text)}`);
  return { owner: parsed[1]!, repo: parsed[2]!, path: parsed[3]!, ref: parsed[4]! };
}

function readClaims(): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const [claim, variable] of Object.entries(CLAIM_VARIABLES)) {
    const value = env(variable);
    if (value !== undefined) claims[claim] = value;
  }
  const visibility = readVisibility(env('GITHUB_EVENT_PATH'));
  if (visibility !== undefined) claims['repository_visibility'] = visibility;
  return claims;
}

// The event payload's `repository.visibility`: the runner sets no variable for it.
function readVisibility(eventPath: string | undefined): string | undefined {
  if (eventPath === undefined) return undefined;
  try {
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as { repository?: { visibility?: unknown } };
    return typeof payload.repository?.visibility === 'string' ? payload.repository.visibility : undefined;
  } catch {
    return undefined;
  }
}
