import type { Witness } from '@sigstore/sign';
import { RekorWitness, TSAWitness } from '@sigstore/sign';
import type { ServiceOptions } from './bundle-signer.js';

/** Which timestamping services vouch for when the signature was made. */
export interface WitnessUrls extends ServiceOptions {
  /** A Rekor (API v1) log: the public-good style, a DSSE entry in a public log. */
  readonly rekorUrl?: string;
  /** An RFC 3161 TSA: the GitHub-instance style for private repositories, nothing public. */
  readonly tsaUrl?: string;
}

/** sigstore-js witnesses for the configured services, Rekor first. */
export function createWitnesses(urls: WitnessUrls): Witness[] {
  const fetchOptions = { timeout: urls.timeoutMs ?? 10_000, retry: urls.retries ?? 3 };
  const witnesses: Witness[] = [];
  // fetchOnConflict: a retried upload that already landed returns the existing entry.
  if (urls.rekorUrl) witnesses.push(new RekorWitness({ rekorBaseURL: urls.rekorUrl, entryType: 'dsse', fetchOnConflict: true, ...fetchOptions }));
  if (urls.tsaUrl) witnesses.push(new TSAWitness({ tsaBaseURL: urls.tsaUrl, ...fetchOptions }));
  return witnesses;
}
