import type { ApprovalEvidence } from '../evidence/approval-evidence.js';
import { APPROVAL_EVIDENCE_KEY } from '../evidence/approval-evidence.js';
import type { ProvenancePredicate } from '../statement/types.js';
import { VerifyError } from './verify-error.js';

export type { ApprovalEvidence } from '../evidence/approval-evidence.js';
export { APPROVAL_EVIDENCE_KEY } from '../evidence/approval-evidence.js';

const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/u;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/u;

/** The evidence in a predicate, checked for shape; its binding to the build is checked by the caller. */
export function readApprovalEvidence(predicate: ProvenancePredicate): ApprovalEvidence {
  const internal: unknown = predicate.buildDefinition.internalParameters;
  const ringfence = field(internal, APPROVAL_EVIDENCE_KEY[0]);
  const raw = field(ringfence, APPROVAL_EVIDENCE_KEY[1]);
  if (raw === undefined) throw new VerifyError('VERIFY_APPROVAL_MISSING', 'approval required, but the provenance carries no approval evidence at buildDefinition.internalParameters.ringfence.approval');
  const problems = shapeProblems(raw);
  if (problems.length > 0) throw new VerifyError('VERIFY_APPROVAL_MALFORMED', `the approval evidence is not valid: ${problems.join('; ')}`);
  return raw as ApprovalEvidence;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

// Every problem at once, so whoever produces the evidence fixes it in one go.
function shapeProblems(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['expected an object'];
  const evidence = raw as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of ['commit', 'headSha']) {
    const value = evidence[key];
    if (typeof value !== 'string' || !COMMIT.test(value)) problems.push(`${key}: expected 40 or 64 lowercase hex digits, found ${JSON.stringify(value)}`);
  }
  const policy = evidence['policyBlobSha'];
  // null: no policy file at the base commit, the built-in default policy applied.
  if (policy !== null && (typeof policy !== 'string' || !COMMIT.test(policy))) problems.push(`policyBlobSha: expected 40 or 64 lowercase hex digits, or null for the built-in default policy, found ${JSON.stringify(policy)}`);
  const pr = evidence['pullRequest'];
  if (typeof pr !== 'number' || !Number.isSafeInteger(pr) || pr < 1) problems.push(`pullRequest: expected a positive integer, found ${JSON.stringify(pr)}`);
  const approvers = evidence['approvers'];
  if (!Array.isArray(approvers) || !approvers.every((a) => typeof a === 'string' && LOGIN.test(a))) problems.push(`approvers: expected a list of GitHub logins, found ${JSON.stringify(approvers)}`);
  if (evidence['guardVerdict'] !== 'allowed') problems.push(`guardVerdict: expected "allowed", found ${JSON.stringify(evidence['guardVerdict'])}`);
  problems.push(...gateSettingProblems(evidence));
  return problems;
}

// The gate's optional fields, when present, have their shape (their values are compared by the caller).
function gateSettingProblems(evidence: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const present = (key: string): boolean => evidence[key] !== undefined;
  const appId = evidence['guardAppId'];
  if (present('guardAppId') && (typeof appId !== 'number' || !Number.isSafeInteger(appId) || appId < 1)) problems.push(`guardAppId: expected a positive integer, found ${JSON.stringify(appId)}`);
  const runId = evidence['guardCheckRunId'];
  if (present('guardCheckRunId') && (typeof runId !== 'number' || !Number.isSafeInteger(runId) || runId < 1)) problems.push(`guardCheckRunId: expected a positive integer, found ${JSON.stringify(runId)}`);
  const org = evidence['orgPolicyBlobSha'];
  if (present('orgPolicyBlobSha') && (typeof org !== 'string' || !COMMIT.test(org))) problems.push(`orgPolicyBlobSha: expected 40 or 64 lowercase hex digits, found ${JSON.stringify(org)}`);
  for (const key of ['protectedBranch', 'environment']) {
    if (present(key) && (typeof evidence[key] !== 'string' || evidence[key] === '')) problems.push(`${key}: expected a non-empty string, found ${JSON.stringify(evidence[key])}`);
  }
  if (present('bypassCheck') && evidence['bypassCheck'] !== 'rule-suites' && evidence['bypassCheck'] !== 'off') problems.push(`bypassCheck: expected "rule-suites" or "off", found ${JSON.stringify(evidence['bypassCheck'])}`);
  return problems;
}
