import * as core from '@actions/core';
import { UsageError } from '@ringfence/core';
import { booleanInput, optionalInput } from './inputs.js';
import { env, readPermissions } from './token-inputs.js';

/** What the token action reads in broker mode: no App key, the job's ID token instead. */
export interface BrokerTokenInputs {
  /** Input `broker-url`, as written (the token package checks it). */
  readonly brokerUrl: string;
  /** Input `audience`, undefined when empty (the token package refuses that). */
  readonly audience: string | undefined;
  /** Input `repositories` as repository ids; empty means the job's repository. */
  readonly repositoryIds: readonly string[];
  /** Every non-empty `permission-<name>` input, name with `_` as the API writes it. */
  readonly permissions: Readonly<Record<string, string>>;
  readonly skipTokenRevoke: boolean;
  /** `GITHUB_REPOSITORY_ID`: what a request without repositories is held to. */
  readonly repositoryId: string | undefined;
  readonly apiUrl: string;
  /** The job's OIDC ID token for `audience` (`core.getIDToken`, which masks it). */
  requestIdToken(audience: string): Promise<string>;
  /** Masks a secret in the job's log from this line on (`::add-mask::`). */
  readonly mask: (secret: string) => void;
}

const APP_INPUTS = ['app-id', 'client-id', 'private-key', 'owner'] as const;
const REPOSITORY_ID = /^[1-9][0-9]{0,19}$/u;

/**
 * True when the step asked for broker mode (`broker-url`). Broker mode and App mode exclude
 * each other: an App input beside `broker-url` is a usage error naming both, so a job never
 * holds an App key it does not use. A private key given by mistake is masked first.
 */
export function isBrokerMode(): boolean {
  const brokerUrl = optionalInput('broker-url');
  const privateKey = core.getInput('private-key');
  if (privateKey.trim() !== '') for (const part of [privateKey, ...privateKey.split(/\r?\n|\\n/u).map((l) => l.trim()).filter((l) => l.length > 8)]) core.setSecret(part);
  if (brokerUrl === undefined) return false;
  const given = APP_INPUTS.filter((name) => optionalInput(name) !== undefined);
  if (given.length > 0) {
    throw new UsageError('USAGE_INVALID_VALUE', `inputs \`broker-url\` and ${given.map((n) => `\`${n}\``).join(', ')} exclude each other: with broker-url the broker mints from its own GitHub App (remove ${given.join(', ')}); without it, the job's App mints`);
  }
  return true;
}

/** Reads the token action's inputs in broker mode. */
export function readBrokerTokenInputs(): BrokerTokenInputs {
  return {
    brokerUrl: optionalInput('broker-url') ?? '',
    audience: optionalInput('audience'),
    repositoryIds: readRepositoryIds(),
    permissions: readPermissions(),
    skipTokenRevoke: booleanInput('skip-token-revoke', false),
    repositoryId: env('GITHUB_REPOSITORY_ID'),
    apiUrl: env('GITHUB_API_URL') ?? 'https://api.github.com',
    requestIdToken: (audience) => core.getIDToken(audience),
    mask: (secret) => core.setSecret(secret),
  };
}

// The broker matches repositories by id (a name can be re-registered), so ids are asked for.
function readRepositoryIds(): string[] {
  const values = (optionalInput('repositories') ?? '').split(/[\n,]/u).map((v) => v.trim()).filter((v) => v !== '');
  const bad = values.find((v) => !REPOSITORY_ID.test(v));
  if (bad !== undefined) throw new UsageError('USAGE_INVALID_VALUE', `input \`repositories\`: with broker-url, repositories are given by id (the broker matches ids, never names), not ${JSON.stringify(bad.slice(0, 120))}; \`gh api repos/OWNER/NAME --jq .id\` prints one`);
  return [...new Set(values)];
}
