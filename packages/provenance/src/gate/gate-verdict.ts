import { VERDICT_VERSION } from '@ringfence/core';
import type { Outcome, Verdict } from '@ringfence/core';
import type { ApprovalEvidence } from '../evidence/approval-evidence.js';
import type { Subject } from '../subjects/subject.js';
import type { GateDecision } from './decide-gate.js';
import type { GateConfig, GateRequest } from './gate-config.js';
import type { GateReason } from './gate-reasons.js';

/** What was signed, once the gate allowed it and signing succeeded (the provenance action's report). */
export interface SignedProvenance {
  readonly bundlePath: string;
  readonly signedWith: 'keyless' | 'key';
  readonly subjects: readonly Subject[];
  readonly buildType: string;
  /** Transparency log entries, when the signature was logged; `url` on the public-good instance only. */
  readonly logEntries: readonly { readonly logIndex: string; readonly url?: string }[];
  /** The attestation the bundle was stored as (`upload-attestation: true`). */
  readonly attestation?: { readonly id: number; readonly url: string };
}

/** What the provenance control decided, beyond the outcome. */
export interface ProvenanceDetail {
  /** `off`: no approval was asked for, and the provenance says nothing about review. */
  readonly gate: 'on' | 'off';
  /** The evidence recorded in the provenance, when the gate allowed. */
  readonly approval?: ApprovalEvidence;
  readonly signed?: SignedProvenance;
}

/** The provenance control's verdict: `allowed` only for approved, merged source (or with the gate off). */
export type ProvenanceVerdict = Verdict<ProvenanceDetail>;

/** The gate's settings as far as they are known: the protected branch is unknown until the default branch is read. */
export type GateSettings = Pick<GateConfig, 'guardAppId' | 'bypassCheck'> & { readonly protectedBranch?: string | undefined };

/**
 * The gate's decision as a verdict: the GATE_* reasons, and as inputs the run (event, ref,
 * commit, environment), the gate's settings and, when allowed, the pull request, its head,
 * approvers, policy blob SHAs and the guard check run the approval was read from. A refusal
 * on facts that could not be read alone is `error` (undecided); any other refusal is `blocked`.
 */
export function gateVerdict(request: GateRequest, settings: GateSettings, decision: GateDecision): ProvenanceVerdict {
  if (decision.outcome === 'approved') {
    const { evidence } = decision;
    return verdict('allowed', [], { ...runInputs(request, settings), ...approvalInputs(evidence) }, { gate: 'on', approval: evidence });
  }
  // Defense in depth: a refusal without a reason still refuses, and says so.
  const reasons = decision.reasons.length > 0 ? decision.reasons : [{ code: 'GATE_FACT_UNAVAILABLE' as const, message: 'the gate refused without a reason' }];
  return verdict(undecided(reasons) ? 'error' : 'blocked', reasons, runInputs(request, settings), { gate: 'on' });
}

/** The verdict with the gate off: allowed, and the inputs say that no approval was asked for. */
export function ungatedVerdict(request: GateRequest): ProvenanceVerdict {
  return verdict('allowed', [], { ...requestInputs(request), approvalGate: 'off' }, { gate: 'off' });
}

/** The same verdict with what was signed under it. */
export function withSigned(allowed: ProvenanceVerdict, signed: SignedProvenance): ProvenanceVerdict {
  return { ...allowed, detail: { ...allowed.detail, signed } };
}

function verdict(outcome: Outcome, reasons: readonly GateReason[], inputs: Record<string, unknown>, detail: ProvenanceDetail): ProvenanceVerdict {
  return { version: VERDICT_VERSION, control: 'provenance', outcome, reasons: reasons.map(({ code, message }) => ({ code, message })), inputs, detail };
}

function undecided(reasons: readonly GateReason[]): boolean {
  return reasons.every((r) => r.code === 'GATE_FACT_UNAVAILABLE');
}

function requestInputs(request: GateRequest): Record<string, unknown> {
  return { eventName: request.eventName, ref: request.ref, commit: request.commit.toLowerCase(), ...(request.environment ? { environment: request.environment } : {}) };
}

function runInputs(request: GateRequest, settings: GateSettings): Record<string, unknown> {
  return { ...requestInputs(request), approvalGate: 'on', guardAppId: settings.guardAppId, bypassCheck: settings.bypassCheck, ...(settings.protectedBranch === undefined ? {} : { protectedBranch: settings.protectedBranch }) };
}

// The facts of the approval: what the verdict was decided from, flat for audit consumers.
function approvalInputs(evidence: ApprovalEvidence): Record<string, unknown> {
  return {
    pullRequest: evidence.pullRequest,
    headSha: evidence.headSha,
    approvers: evidence.approvers,
    policyBlobSha: evidence.policyBlobSha,
    ...(evidence.orgPolicyBlobSha ? { orgPolicyBlobSha: evidence.orgPolicyBlobSha } : {}),
    ...(evidence.guardCheckRunId === undefined ? {} : { guardCheckRunId: evidence.guardCheckRunId }),
  };
}
