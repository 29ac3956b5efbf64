/**
 * The machine-readable part of the enforcing `ringfence/guard` check run: one line in the
 * check run's `output.text`, an HTML comment (invisible where GitHub renders the text):
 *
 *     <!-- ringfence-guard-evidence {"version":2,"pullRequest":7,"baseRef":"main","headSha":"…","outcome":"allowed",…} -->
 *
 * The guard action writes it with its App token; the provenance gate believes it only from
 * a check run of the pinned App id on the pull request's final head, and only for the pull
 * request and base branch it names: a check run belongs to a commit, which several pull
 * requests (into several branches, under several policies) can share. `output.text` rather
 * than `external_id`: GitHub documents no length limit for `external_id`, and the text is
 * shown to people who want to see what the gate read.
 */
export interface GuardEvidence {
  /** 2 since the pull request and base were added; a version 1 line binds no pull request and is refused. */
  readonly version: 2;
  /** The pull request judged. */
  readonly pullRequest: number;
  /** The branch it asks to merge into, without `refs/heads/`: the policy was read from its tip. */
  readonly baseRef: string;
  /** That tip, the base commit the policy and the changes were read from. */
  readonly baseSha: string;
  /** The head commit the guard judged. */
  readonly headSha: string;
  readonly outcome: 'allowed' | 'blocked' | 'error';
  /** Logins whose approvals of `headSha` counted. */
  readonly approvers: readonly string[];
  /** The policy files the verdict was made under; `blobSha` null for the built-in default. */
  readonly policies: readonly { readonly layer: 'org' | 'repository'; readonly blobSha: string | null }[];
}

const PREFIX = '<!-- ringfence-guard-evidence ';
const SUFFIX = ' -->';
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/u;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/u;
// A branch name git accepts (git check-ref-format), less `<`, `>` and `"`, so that no value can end the comment.
const BRANCH = /^(?!\/|.*\/$|.*\/\/|.*\.\.|.*\.$|.*\.lock$|.*\/\.|\.|.*@\{|@$)[^\x00-\x20\x7f~^:?*[\\<>"]{1,255}$/u;

/** The evidence line for a check run's `output.text`. */
export function formatGuardEvidence(evidence: GuardEvidence): string {
  // JSON.stringify escapes nothing that could end the comment early except "-->", which
  // no valid field can hold (SHAs, logins, branch names without ">", fixed words); checked anyway.
  const json = JSON.stringify(evidence);
  if (json.includes('-->')) throw new Error('guard evidence cannot hold "-->"');
  return `${PREFIX}${json}${SUFFIX}`;
}

/** The result of reading a check run's text: the evidence, or why there is none. */
export type GuardEvidenceReading = { readonly ok: true; readonly evidence: GuardEvidence } | { readonly ok: false; readonly problem: string };

/** Reads the one evidence line of a check run's `output.text`; none, two, or a malformed one is a problem. */
export function parseGuardEvidence(text: string | undefined): GuardEvidenceReading {
  const lines = (text ?? '').split('\n').filter((line) => line.startsWith(PREFIX));
  if (lines.length !== 1) return { ok: false, problem: `expected one evidence line in the check run's text, found ${lines.length}` };
  const line = lines[0]!.trimEnd();
  if (!line.endsWith(SUFFIX)) return { ok: false, problem: 'the evidence line does not end with " -->"' };
  let raw: unknown;
  try {
    raw = JSON.parse(line.slice(PREFIX.length, -SUFFIX.length));
  } catch {
    return { ok: false, problem: 'the evidence line is not JSON' };
  }
  const problems = evidenceProblems(raw);
  return problems.length === 0 ? { ok: true, evidence: raw as GuardEvidence } : { ok: false, problem: problems.join('; ') };
}

// Every problem at once, naming the field, what was expected and what was found.
function evidenceProblems(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['expected a JSON object'];
  const e = raw as Record<string, unknown>;
  const problems: string[] = [];
  if (e['version'] !== 2) problems.push(`version: expected 2 (a line that names its pull request and base; re-run the guard), found ${JSON.stringify(e['version'])}`);
  const pullRequest = e['pullRequest'];
  if (typeof pullRequest !== 'number' || !Number.isSafeInteger(pullRequest) || pullRequest < 1) problems.push(`pullRequest: expected a positive integer, found ${JSON.stringify(pullRequest)}`);
  if (typeof e['baseRef'] !== 'string' || !BRANCH.test(e['baseRef'])) problems.push(`baseRef: expected a branch name without refs/heads/, found ${JSON.stringify(e['baseRef'])}`);
  if (typeof e['baseSha'] !== 'string' || !SHA.test(e['baseSha'])) problems.push(`baseSha: expected 40 or 64 lowercase hex digits, found ${JSON.stringify(e['baseSha'])}`);
  if (typeof e['headSha'] !== 'string' || !SHA.test(e['headSha'])) problems.push(`headSha: expected 40 or 64 lowercase hex digits, found ${JSON.stringify(e['headSha'])}`);
  if (!['allowed', 'blocked', 'error'].includes(e['outcome'] as string)) problems.push(`outcome: expected allowed, blocked or error, found ${JSON.stringify(e['outcome'])}`);
  const approvers = e['approvers'];
  if (!Array.isArray(approvers) || !approvers.every((a) => typeof a === 'string' && LOGIN.test(a))) problems.push(`approvers: expected a list of GitHub logins, found ${JSON.stringify(approvers)}`);
  const policies = e['policies'];
  if (!Array.isArray(policies) || policies.length === 0 || !policies.every(isPolicySource)) problems.push(`policies: expected a non-empty list of { layer: org|repository, blobSha: SHA or null }, found ${JSON.stringify(policies)}`);
  return problems;
}

function isPolicySource(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { layer, blobSha } = value as Record<string, unknown>;
  return (layer === 'org' || layer === 'repository') && (blobSha === null || (typeof blobSha === 'string' && SHA.test(blobSha)));
}
