import { VERDICT_VERSION } from '@ringfence/core';
import type { AttestationList, AttestationRecord, AttestationSource } from './attestation-source.js';
import type { AttestationCode, VerifyCode } from './verify-error.js';
import type { VerifyPolicy } from './verify-policy.js';
import type { VerifyVerdict } from './verify-provenance.js';
import { VERIFY_REASON_CODE, verifyInputs, verifyProvenance } from './verify-provenance.js';

/** Default cap on attestations tried for one artifact (each is a full verification). */
export const MAX_ATTESTATIONS = 30;
/** Default cap on one bundle's size (a Sigstore bundle is a few KiB; the predicate at most 16 MB). */
export const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;

/** How many attestations to try and how large a bundle may be. */
export interface AttestationLimits {
  readonly maxBundleBytes: number;
}

/** Why one attestation did not verify: its position in the list (from 1), the code and message. */
export interface CandidateOutcome {
  readonly index: number;
  readonly code: VerifyCode;
  readonly message: string;
}

/**
 * Verifies the attestations a source listed for an artifact: the first that passes every
 * check decides `allowed`; when none does, `blocked` with one line per attestation naming its
 * check code. No attestations at all is `blocked` too. Each candidate goes through
 * `verifyProvenance` unchanged: being listed by GitHub earns a bundle nothing.
 */
export function verifyAttestations(list: AttestationList, policy: VerifyPolicy, limits: AttestationLimits): VerifyVerdict {
  const outcomes: CandidateOutcome[] = [];
  for (const [position, record] of list.attestations.entries()) {
    const index = position + 1;
    const unusable = unusableReason(record, limits);
    if (unusable) {
      outcomes.push({ index, ...unusable });
      continue;
    }
    const verdict = verifyProvenance(record.bundle, policy);
    if (verdict.outcome === 'allowed') return withCandidates(verdict, outcomes, index, list);
    // verifyProvenance gives every refusal its failure; were one missing, reading it throws (fail closed).
    const failure = verdict.detail.failure!;
    outcomes.push({ index, code: failure.code, message: failure.message });
  }
  return refused(list, policy, outcomes);
}

// A bundle that is not there or too large is refused before anything parses it.
function unusableReason(record: AttestationRecord, limits: AttestationLimits): { code: AttestationCode; message: string } | undefined {
  if (record.bundle === undefined || record.bundle === null) {
    const url = record.bundleUrl?.split('?')[0];
    const detail = record.bundleProblem ?? (url === undefined ? undefined : 'not read');
    return { code: 'VERIFY_BUNDLE_UNAVAILABLE', message: url === undefined ? 'no bundle in the listing' : `the bundle listed by URL (${url}) could not be read: ${detail}` };
  }
  if (record.bundleBytes > limits.maxBundleBytes) return { code: 'VERIFY_BUNDLE_TOO_LARGE', message: `the bundle has ${record.bundleBytes} bytes, more than the ${limits.maxBundleBytes} allowed` };
  return undefined;
}

function withCandidates(verdict: VerifyVerdict, outcomes: readonly CandidateOutcome[], index: number, list: AttestationList): VerifyVerdict {
  return { ...verdict, inputs: { ...verdict.inputs, attestationsFrom: list.origin, attestationsListed: list.attestations.length, attestationVerified: index }, detail: { ...verdict.detail, candidates: outcomes } };
}

function refused(list: AttestationList, policy: VerifyPolicy, outcomes: readonly CandidateOutcome[]): VerifyVerdict {
  const code: AttestationCode = outcomes.length === 0 ? 'VERIFY_NO_ATTESTATIONS' : 'VERIFY_NO_ATTESTATION_VERIFIED';
  const more = list.more ? `; more exist than the ${list.attestations.length} read, and were not tried` : '';
  const message =
    outcomes.length === 0
      ? `no attestation of sha256:${policy.subjectSha256} with predicate type ${policy.predicateType} in ${list.origin}`
      : `none of the ${outcomes.length} attestation(s) of sha256:${policy.subjectSha256} in ${list.origin} verified${more}: ${outcomes.map((o) => `#${o.index} ${o.code}: ${o.message}`).join('; ')}`;
  return {
    version: VERDICT_VERSION,
    control: 'verify',
    outcome: 'blocked',
    reasons: [{ code: VERIFY_REASON_CODE, message: `${code}: ${message}` }],
    inputs: { ...verifyInputs(policy), attestationsFrom: list.origin, attestationsListed: list.attestations.length },
    detail: { signer: policy.signer.kind, passed: [], failure: { code, check: 'bundle', message }, candidates: outcomes, warnings: [] },
  };
}

/**
 * Lists the artifact's attestations from a source and verifies them. A source that fails
 * (API fault, truncated page) throws: the caller refuses, never "verified".
 */
export async function verifyFromSource(deps: { readonly source: AttestationSource }, policy: VerifyPolicy, limits: AttestationLimits): Promise<VerifyVerdict> {
  const list = await deps.source.listAttestations({ subjectSha256: policy.subjectSha256, predicateType: policy.predicateType });
  return verifyAttestations(list, policy, limits);
}
