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
