import { createGitHubClient, uploadAttestation } from '@ringfence/github';
import type { SerializedBundle } from '@ringfence/provenance';
import type { AttestationUploadInputs } from '@ringfence/runner';
import { UsageError } from '@ringfence/core';

/**
 * Stores the written bundle with this repository's attestations (`POST
 * /repos/{owner}/{repo}/attestations`, `attestations: write`), so `ringfence verify` and
 * `gh attestation verify` find it by the artifact's digest. Any failure throws: asked to
 * upload, the step does not succeed without the upload.
 */
export async function uploadBundle(upload: AttestationUploadInputs, bundle: SerializedBundle): Promise<{ id: number; url: string }> {
  if (!upload.token) throw new UsageError('USAGE_MISSING_ARGUMENT', '`upload-attestation: true` needs `attestations-token` (the job\'s GITHUB_TOKEN with `attestations: write`)');
  const [owner, repo] = upload.repository.split('/') as [string, string];
  const client = createGitHubClient({ token: upload.token, baseUrl: upload.apiUrl });
  const { id } = await uploadAttestation(client, { owner, repo }, bundle);
  return { id, url: `${upload.serverUrl.replace(/\/+$/u, '')}/${owner}/${repo}/attestations/${id}` };
}
