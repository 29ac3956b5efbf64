import { parseGuardEvidence } from '@ringfence/core';
import type { GuardEvidence } from '@ringfence/core';
import type { ApprovalEvidence } from '../evidence/approval-evidence.js';
import { GITHUB_ACTIONS_APP_ID } from '../evidence/approval-evidence.js';
import { describeUnmerged, mergedPullRequestsOf } from './choose-pull-request.js';
import type { GateConfig, GateRequest } from './gate-config.js';
import { GATED_EVENTS, REFUSED_EVENTS } from './gate-config.js';
import type { CheckRunFact, Fact, GateFacts, PullRequestFact } from './gate-facts.js';
import type { GateReason } from './gate-reasons.js';

/** A refusal, with every reason. */
export interface GateRefusal {
  readonly outcome: 'refused';
  readonly reasons: readonly GateReason[];
}

/** The gate's answer: evidence to record, or every reason it refused. */
export type GateDecision = { readonly outcome: 'approved'; readonly evidence: ApprovalEvidence } | GateRefusal;

const refused = (...reasons: GateReason[]): GateRefusal => ({ outcome: 'refused', reasons });

/**
 * Refuses a run whose event builds unapproved source, before anything is read. Undefined
 * when the event is one the gate can judge.
 */
export function refuseEvent(request: GateRequest): GateRefusal | undefined {
  if (REFUSED_EVENTS.includes(request.eventName)) {
    return refused({ code: 'GATE_EVENT_REFUSED', message: `a ${request.eventName} run builds source that no one approved for release: provenance is issued only for ${GATED_EVENTS.join(', ')} runs` });
  }
  if (!GATED_EVENTS.includes(request.eventName)) {
    return refused({ code: 'GATE_EVENT_REFUSED', message: `the gate cannot judge a ${JSON.stringify(request.eventName)} run: expected one of ${GATED_EVENTS.join(', ')}` });
  }
  return undefined;
}

/**
 * Refuses a guard App id the gate must never believe, before anything is read: GitHub
 * Actions' own App, as which any workflow with `checks: write` (the job's GITHUB_TOKEN)
 * posts a `ringfence/guard` check run. Undefined for any other id.
 */
export function refuseGuardApp(guardAppId: number): GateRefusal | undefined {
  if (guardAppId !== GITHUB_ACTIONS_APP_ID) return undefined;
  return refused({ code: 'GATE_GUARD_APP_IS_GITHUB_ACTIONS', message: `guard-app-id ${guardAppId} is GitHub Actions' own App: any workflow with checks: write posts check runs as it, so its ringfence/guard check proves nothing. Set guard-app-id to the id of the GitHub App whose token the guard posts its check with` });
}

/**
 * The approval gate, pure: provenance only for a commit on the protected branch that a
 * merged pull request brought there, whose final head the pinned App's `ringfence/guard`
 * check allowed, merged without a ruleset bypass (unless that check is off). Anything not
 * established refuses, with the reason.
 */
export function decideGate(request: GateRequest, config: GateConfig, facts: GateFacts): GateDecision {
  const early = refuseEvent(request) ?? refuseGuardApp(config.guardAppId);
  if (early) return early;
  const reasons: GateReason[] = [];
  const where = describeRef(request);
  const reach = established(facts.reachability, 'whether the commit is on the protected branch', reasons);
  if (reach !== undefined && reach !== 'identical' && reach !== 'behind') {
    reasons.push({ code: 'GATE_NOT_ON_PROTECTED_BRANCH', message: `${where} is not reachable from ${config.protectedBranch} (compare of ${config.protectedBranch}'s tip with ${request.commit} says ${JSON.stringify(reach)}): only merged source gets provenance` });
  }
  const pull = choosePull(request, config, facts.pullRequests, reasons, where);
  const guard = pull && checkGuard(config, pull, facts.guardRuns, reasons);
  checkBypass(request, config, facts.ruleSuites, reasons);
  if (reasons.length > 0) return refused(...reasons);
  // Defense in depth: no pull request or guard verdict without a reason is still a refusal.
  if (!pull || !guard) return refused({ code: 'GATE_FACT_UNAVAILABLE', message: 'the approval could not be established' });
  return { outcome: 'approved', evidence: toEvidence(request, config, pull, guard) };
}

function describeRef(request: GateRequest): string {
  const kind = request.ref.startsWith('refs/tags/') ? 'tag' : 'ref';
  return `${kind} ${request.ref} at ${request.commit}`;
}

function established<T>(fact: Fact<T> | undefined, what: string, reasons: GateReason[]): T | undefined {
  if (fact === undefined) {
    // Defense in depth: the gatherer always sets the facts the decision reads.
    reasons.push({ code: 'GATE_FACT_UNAVAILABLE', message: `${what}: never read` });
    return undefined;
  }
  if (!fact.ok) reasons.push({ code: 'GATE_FACT_UNAVAILABLE', message: `cannot establish ${what}: ${fact.problem}` });
  return fact.ok ? fact.value : undefined;
}

function choosePull(request: GateRequest, config: GateConfig, fact: Fact<readonly PullRequestFact[]>, reasons: GateReason[], where: string): PullRequestFact | undefined {
  const pulls = established(fact, 'which pull request brought the commit in', reasons);
  if (pulls === undefined) return undefined;
  const merged = mergedPullRequestsOf(pulls, request.commit, config.protectedBranch);
  if (merged.length === 0) {
    reasons.push({ code: 'GATE_NO_MERGED_PULL_REQUEST', message: `${where} is not the merge commit or head of a pull request merged into ${config.protectedBranch} (${describeUnmerged(pulls, request.commit, config.protectedBranch)})` });
    return undefined;
  }
  if (merged.length > 1) {
    reasons.push({ code: 'GATE_PULL_REQUEST_AMBIGUOUS', message: `${where} was brought in by several merged pull requests (${merged.map((p) => `#${p.number}`).join(', ')}): which approval counts is unclear` });
    return undefined;
  }
  return merged[0];
}

interface GuardRead {
  readonly run: CheckRunFact;
  readonly evidence: GuardEvidence;
}

function checkGuard(config: GateConfig, pull: PullRequestFact, fact: Fact<readonly CheckRunFact[]> | undefined, reasons: GateReason[]): GuardRead | undefined {
  const runs = established(fact, `the ${config.guardCheckName} check of #${pull.number}`, reasons);
  if (runs === undefined) return undefined;
  const named = runs.filter((r) => r.name === config.guardCheckName && r.headSha.toLowerCase() === pull.headSha.toLowerCase());
  const pinned = named.filter((r) => r.appId === config.guardAppId);
  const subject = `#${pull.number}'s final head ${pull.headSha}`;
  if (pinned.length === 0) {
    const others = [...new Set(named.map((r) => (r.appId === undefined ? 'an unknown App' : `App ${r.appId}`)))];
    if (others.length > 0) reasons.push({ code: 'GATE_GUARD_CHECK_WRONG_APP', message: `${subject} has ${config.guardCheckName} check runs only from ${others.join(', ')}, not from the guard App ${config.guardAppId}: anyone can post a check run of that name` });
    else reasons.push({ code: 'GATE_GUARD_CHECK_MISSING', message: `${subject} has no ${config.guardCheckName} check run from App ${config.guardAppId} (approval without the guard's verdict is not accepted)` });
    return undefined;
  }
  const run = verdictAtMerge(config, pull, pinned, subject, reasons);
  if (run === undefined) return undefined;
  const reading = parseGuardEvidence(run.text);
  if (!reading.ok) {
    reasons.push({ code: 'GATE_GUARD_EVIDENCE_INVALID', message: `check run ${run.id} on ${subject}: ${reading.problem}` });
    return undefined;
  }
  if (reading.evidence.headSha !== pull.headSha.toLowerCase() || reading.evidence.outcome !== 'allowed') {
    reasons.push({ code: 'GATE_GUARD_EVIDENCE_INVALID', message: `check run ${run.id} on ${subject} records outcome ${JSON.stringify(reading.evidence.outcome)} for ${reading.evidence.headSha}: expected "allowed" for ${pull.headSha}` });
    return undefined;
  }
  // A check run belongs to a commit: another pull request with the same head, into a branch
  // with a looser policy, can have posted it. Only a verdict on this pull request into the
  // protected branch judged this merge.
  const { pullRequest, baseRef } = reading.evidence;
  if (pullRequest !== pull.number || baseRef !== config.protectedBranch) {
    reasons.push({ code: 'GATE_GUARD_EVIDENCE_OTHER_PULL_REQUEST', message: `check run ${run.id} on ${subject} judged pull request #${pullRequest} into ${JSON.stringify(baseRef)}: expected #${pull.number} into ${JSON.stringify(config.protectedBranch)} (a check run is shared by every pull request with the same head)` });
    return undefined;
  }
  return { run, evidence: reading.evidence };
}

/**
 * The verdict that stood when the pull request merged, or undefined with the reason. Only a
 * run with a readable completion time at or before `merged_at` gated the merge: a re-run
 * after the merge judges against a base that already holds the change, and would allow
 * anything. That verdict must be a success, and no later run of the App may have withdrawn
 * it (an approval dismissed, a blocked re-run that finished after the merge): every newer
 * run must be a completed success too, whenever it completed.
 */
function verdictAtMerge(config: GateConfig, pull: PullRequestFact, pinned: readonly CheckRunFact[], subject: string, reasons: GateReason[]): CheckRunFact | undefined {
  const merged = Date.parse(pull.mergedAt ?? '');
  const beforeMerge = Number.isFinite(merged) ? pinned.filter((r) => completedBy(r, merged)) : [];
  if (beforeMerge.length === 0) {
    reasons.push({ code: 'GATE_GUARD_CHECK_AFTER_MERGE', message: `${subject}: no ${config.guardCheckName} check run of App ${config.guardAppId} completed at or before the merge at ${pull.mergedAt ?? 'an unknown time'} (${pinned.map(describeRun).join('; ')}), so none gated it` });
    return undefined;
  }
  // The latest verdict before the merge counts: ids grow with creation, and a re-run after a new review replaces the old one.
  const run = beforeMerge.reduce((a, b) => (b.id > a.id ? b : a));
  if (!succeeded(run)) {
    reasons.push({ code: 'GATE_GUARD_NOT_ALLOWED', message: `the guard's latest verdict on ${subject} before the merge (check run ${run.id}) is "${run.conclusion ?? 'none'}", not "success"` });
    return undefined;
  }
  const withdrawn = pinned.filter((r) => r.id > run.id && !succeeded(r));
  if (withdrawn.length > 0) {
    reasons.push({ code: 'GATE_GUARD_VERDICT_WITHDRAWN', message: `the guard's "success" on ${subject} (check run ${run.id}) was followed by ${withdrawn.map(describeRun).join('; ')}: a later verdict that is not "success" withdraws it, whenever it completed` });
    return undefined;
  }
  return run;
}

// A completed run with a readable completion time at or before the merge; nothing else gated it.
function completedBy(run: CheckRunFact, merged: number): boolean {
  if (run.status !== 'completed' || run.completedAt === undefined) return false;
  const completed = Date.parse(run.completedAt);
  return Number.isFinite(completed) && completed <= merged;
}

function succeeded(run: CheckRunFact): boolean {
  return run.status === 'completed' && run.conclusion === 'success';
}

function describeRun(run: CheckRunFact): string {
  if (run.status !== 'completed') return `check run ${run.id} still ${run.status}`;
  return `check run ${run.id} "${run.conclusion ?? 'none'}" completed at ${run.completedAt ?? 'an unknown time'}`;
}

function checkBypass(request: GateRequest, config: GateConfig, fact: GateFacts['ruleSuites'], reasons: GateReason[]): void {
  if (config.bypassCheck === 'off') return;
  const suites = established(fact, 'whether the merge bypassed the rulesets (rule suites need a token with administration: write, or bypass-check: off)', reasons);
  if (suites === undefined) return;
  const ref = `refs/heads/${config.protectedBranch}`;
  const ofCommit = suites.filter((s) => s.afterSha.toLowerCase() === request.commit.toLowerCase() && s.ref === ref);
  const bypassed = ofCommit.filter((s) => s.result === 'bypass');
  if (bypassed.length > 0) {
    reasons.push({ code: 'GATE_MERGE_BYPASSED', message: `the push of ${request.commit} to ${ref} bypassed the rulesets (${bypassed.map((s) => `rule suite ${s.id} by ${s.actorName ?? 'an unknown actor'}`).join(', ')}): a bypass is no approval` });
  } else if (!ofCommit.some((s) => s.result === 'pass')) {
    reasons.push({ code: 'GATE_BYPASS_UNKNOWN', message: `no passing ruleset evaluation of the push of ${request.commit} to ${ref} in the last month: a bypass cannot be ruled out (set bypass-check: off only for a repository without rulesets)` });
  }
}

function toEvidence(request: GateRequest, config: GateConfig, pull: PullRequestFact, guard: GuardRead): ApprovalEvidence {
  const repository = guard.evidence.policies.find((p) => p.layer === 'repository');
  const org = guard.evidence.policies.find((p) => p.layer === 'org');
  return {
    commit: request.commit.toLowerCase(),
    pullRequest: pull.number,
    headSha: pull.headSha.toLowerCase(),
    approvers: [...guard.evidence.approvers],
    guardVerdict: 'allowed',
    policyBlobSha: repository?.blobSha ?? null,
    ...(org?.blobSha ? { orgPolicyBlobSha: org.blobSha } : {}),
    protectedBranch: config.protectedBranch,
    guardCheckRunId: guard.run.id,
    guardAppId: config.guardAppId,
    bypassCheck: config.bypassCheck,
    ...(request.environment ? { environment: request.environment } : {}),
  };
}

