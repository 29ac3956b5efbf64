import { UsageError } from '@ringfence/core';
import { GITHUB_INSTANCE, PUBLIC_GOOD_INSTANCE } from '@ringfence/provenance';
import type { ProvenanceInputs } from '@ringfence/runner';

export interface SigstoreUrls {
  readonly fulcioUrl: string;
  readonly rekorUrl?: string;
  readonly tsaUrl?: string;
}

/**
 * Public repositories sign on the public-good instance (a public Rekor entry); private and
 * internal ones on GitHub's (its TSA, nothing public), so that a private repository's names
 * never reach a public log. `custom` takes the URLs as given (GHES, air-gapped, tests).
 */
export function chooseSigstore(inputs: ProvenanceInputs): SigstoreUrls {
  const choice = inputs.sigstore === 'auto' ? autoChoice(inputs.visibility) : inputs.sigstore;
  if (choice === 'public-good') return PUBLIC_GOOD_INSTANCE;
  if (choice === 'github') return GITHUB_INSTANCE;
  if (!inputs.fulcioUrl) throw new UsageError('USAGE_MISSING_ARGUMENT', 'sigstore: custom needs `fulcio-url` (and `rekor-url`, `tsa-url` or both)');
  return { fulcioUrl: inputs.fulcioUrl, ...(inputs.rekorUrl ? { rekorUrl: inputs.rekorUrl } : {}), ...(inputs.tsaUrl ? { tsaUrl: inputs.tsaUrl } : {}) };
}

// An unknown visibility is treated as private: a public log entry cannot be taken back.
function autoChoice(visibility: string | undefined): 'public-good' | 'github' {
  return visibility === 'public' ? 'public-good' : 'github';
}
