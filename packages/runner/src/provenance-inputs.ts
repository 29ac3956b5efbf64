import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { UsageError } from '@ringfence/core';
import type { AttestationUploadInputs } from './attestation-upload-inputs.js';
import { readAttestationUploadInputs } from './attestation-upload-inputs.js';
import { choiceInput, optionalInput, secretInput } from './inputs.js';

/** Everything the provenance action reads from its step and the runner. */
export interface ProvenanceInputs {
  readonly subjectPaths: readonly string[];
  readonly subjectChecksums: readonly string[];
  readonly subjects: readonly string[];
  /** PEM private key: key signing instead of keyless. */
  readonly privateKey: string | undefined;
  readonly sigstore: 'auto' | 'public-good' | 'github' | 'custom';
  readonly fulcioUrl: string | undefined;
  readonly rekorUrl: string | undefined;
  readonly tsaUrl: string | undefined;
  readonly oidcIssuer: string;
  readonly bundlePath: string | undefined;
  readonly workspace: string;
  readonly tempDir: string;
  /** `GITHUB_*` and `RUNNER_*` variables, for cross-checking the verified token's claims. */
  readonly environment: Readonly<Record<string, string | undefined>>;
  /** The event payload's `repository.visibility`, for choosing the Sigstore instance. */
  readonly visibility: string | undefined;
  /** Fetches the job's OIDC token for an audience; the runner masks it. */
  readonly requestIdToken: (audience: string) => Promise<string>;
  /** `upload-attestation: true`: store the bundle with the repository's attestations. */
  readonly attestationUpload?: AttestationUploadInputs | undefined;
  /** The approval gate: on (the default) signs only approved, merged source. */
  readonly approvalGate: ApprovalGateInputs | undefined;
}

/** The approval gate's inputs (`approval-gate: on`). */
export interface ApprovalGateInputs {
  /** The GitHub App whose `ringfence/guard` check runs are believed. */
  readonly guardAppId: number;
  /** Undefined: the repository's default branch. */
  readonly protectedBranch: string | undefined;
  readonly bypassCheck: 'rule-suites' | 'off';
  /** Reads compare, pull requests and check runs (contents, pull-requests, checks: read). */
  readonly githubToken: string;
  /** Reads rule suites (administration: write); defaults to `githubToken`. */
  readonly rulesToken: string;
  /** `GITHUB_API_URL` */
  readonly apiUrl: string;
}

const lines = (name: string): string[] => (optionalInput(name) ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');

/** Reads the provenance action's inputs; the private key is masked line by line as it is read. */
export function readProvenanceInputs(): ProvenanceInputs {
  const privateKey = secretInput('private-key');
  for (const line of privateKey?.split('\n') ?? []) if (line.trim() !== '') core.setSecret(line.trim());
  const sigstore = choiceInput('sigstore', ['auto', 'public-good', 'github', 'custom'] as const, 'auto');
  const environment = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('GITHUB_') || k.startsWith('RUNNER_')));
  const workspace = process.env['GITHUB_WORKSPACE'];
  if (!workspace) throw new UsageError('USAGE_MISSING_ARGUMENT', 'GITHUB_WORKSPACE is not set: this step must run in a GitHub Actions job');
  return {
    subjectPaths: lines('subject-path'),
    subjectChecksums: lines('subject-checksums'),
    subjects: lines('subjects'),
    privateKey,
    sigstore,
    fulcioUrl: optionalInput('fulcio-url'),
    rekorUrl: optionalInput('rekor-url'),
    tsaUrl: optionalInput('tsa-url'),
    oidcIssuer: optionalInput('oidc-issuer') ?? 'https://token.actions.githubusercontent.com',
    bundlePath: optionalInput('bundle-path'),
    workspace,
    tempDir: process.env['RUNNER_TEMP'] ?? workspace,
    environment,
    visibility: readVisibility(process.env['GITHUB_EVENT_PATH']),
    requestIdToken: (audience) => core.getIDToken(audience),
    attestationUpload: readAttestationUploadInputs(),
    approvalGate: readApprovalGateInputs(),
  };
}

// Off only when asked; on, the guard App id is required (which App's verdict counts is never guessed).
function readApprovalGateInputs(): ApprovalGateInputs | undefined {
  if (choiceInput('approval-gate', ['on', 'off'] as const, 'on') === 'off') return undefined;
  const appId = optionalInput('guard-app-id');
  if (appId === undefined) throw new UsageError('USAGE_MISSING_ARGUMENT', 'input `guard-app-id` is required while `approval-gate` is on (the id of the GitHub App that posts the ringfence/guard check); set `approval-gate: off` to sign without the gate');
  if (!/^[1-9][0-9]{0,15}$/u.test(appId)) throw new UsageError('USAGE_INVALID_VALUE', `input \`guard-app-id\` must be a GitHub App id (a positive integer), not ${JSON.stringify(appId)}`);
  const githubToken = secretInput('github-token');
  if (githubToken === undefined) throw new UsageError('USAGE_MISSING_ARGUMENT', 'input `github-token` is required while `approval-gate` is on (the job\'s GITHUB_TOKEN with contents, pull-requests and checks read)');
  return {
    guardAppId: Number(appId),
    protectedBranch: optionalInput('protected-branch')?.replace(/^refs\/heads\//u, ''),
    bypassCheck: choiceInput('bypass-check', ['rule-suites', 'off'] as const, 'rule-suites'),
    githubToken,
    rulesToken: secretInput('rules-token') ?? githubToken,
    apiUrl: process.env['GITHUB_API_URL'] ?? 'https://api.github.com',
  };
}

function readVisibility(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined;
  try {
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as { repository?: { visibility?: unknown; private?: unknown } };
    const { visibility, private: isPrivate } = payload.repository ?? {};
    if (typeof visibility === 'string') return visibility;
    return typeof isPrivate === 'boolean' ? (isPrivate ? 'private' : 'public') : undefined;
  } catch {
    return undefined;
  }
}
