import { UsageError } from '@ringfence/core';
import { booleanInput, secretInput } from './inputs.js';

/** Where the provenance action stores its bundle as an attestation, when asked to. */
export interface AttestationUploadInputs {
  /** `owner/name`: this repository (`GITHUB_REPOSITORY`); GitHub stores attestations only there. */
  readonly repository: string;
  /** The REST API root of this runner's GitHub (`GITHUB_API_URL`). */
  readonly apiUrl: string;
  /** The web root (`GITHUB_SERVER_URL`), for the attestation's URL. */
  readonly serverUrl: string;
  /** `attestations-token`, masked as it is read. */
  readonly token: string | undefined;
}

/** `upload-attestation: true` and what the upload needs; undefined when not asked (the default). */
export function readAttestationUploadInputs(): AttestationUploadInputs | undefined {
  if (!booleanInput('upload-attestation', false)) return undefined;
  const repository = process.env['GITHUB_REPOSITORY'];
  if (!repository) throw new UsageError('USAGE_MISSING_ARGUMENT', '`upload-attestation: true` needs GITHUB_REPOSITORY: this step must run in a GitHub Actions job');
  return {
    repository,
    apiUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com',
    serverUrl: process.env['GITHUB_SERVER_URL'] || 'https://github.com',
    token: secretInput('attestations-token'),
  };
}
