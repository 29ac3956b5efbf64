/** Every finding doctor can report; each names one setting or one line and its fix. */
export const FINDING_CODES = [
  'REPOSITORY_UNREADABLE',
  'GUARD_NOT_REQUIRED',
  'GUARD_CHECK_WITHOUT_APP',
  'GUARD_CHECK_ACTIONS_APP',
  'GUARD_CHECK_WRONG_APP',
  'GUARD_APP_UNCONFIRMED',
  'GUARD_RULESET_NOT_ALL_BRANCHES',
  'RULES_UNREADABLE',
  'RULESETS_UNREADABLE',
  'RULESET_NOT_ENFORCED',
  'BYPASS_ACTORS',
  'BYPASS_ACTORS_UNREADABLE',
  'DEFAULT_TOKEN_WRITE',
  'ACTIONS_CAN_APPROVE',
  'WORKFLOW_TOKEN_SETTINGS_UNREADABLE',
  'FORK_RUNS_WITHOUT_APPROVAL',
  'FORK_APPROVAL_UNREADABLE',
  'ORG_BASE_PERMISSION_WRITE',
  'ORG_BASE_PERMISSION_UNREADABLE',
  'WORKFLOWS_UNREADABLE',
  'WORKFLOW_UNPARSABLE',
  'RINGFENCE_NOT_PINNED',
  'GUARD_WORKFLOW_MISSING',
  'GUARD_JOB_CONDITIONAL',
  'GUARD_TRIGGER_FILTERED',
  'GUARD_TRIGGER_TYPES',
  'GUARD_NOT_PULL_REQUEST_TARGET',
  'GUARD_JOB_PERMISSIONS',
  'GUARD_KEY_OUTSIDE_ENVIRONMENT',
  'GUARD_KEY_REPOSITORY_SECRET',
  'GUARD_KEY_ORG_SECRET',
  'GUARD_KEY_SECRETS_UNREADABLE',
  'GUARD_KEY_ORG_SECRETS_UNREADABLE',
  'GUARD_KEY_SHARED_SECRETS_UNREADABLE',
  'GUARD_ENVIRONMENT_MISSING',
  'GUARD_ENVIRONMENT_NOT_DEFAULT_BRANCH',
  'GUARD_ENVIRONMENT_UNREADABLE',
  'PULL_REQUEST_TARGET_CHECKS_OUT_HEAD',
  'PULL_REQUEST_TARGET_LOCAL_ACTION_UNCHECKED',
  'LOCAL_ACTIONS_UNREADABLE',
  'WORKFLOW_PERMISSIONS_WRITE_ALL',
  'WORKFLOW_PERMISSIONS_UNSET',
  'WORKFLOW_PERMISSIONS_BROAD',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** `error` fails the repository (exit 1); `warning` is shown and needs a person's judgement. */
export type Severity = 'error' | 'warning';

/** One thing wrong (or not established) about a repository, with where and the fix. */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
  /** The workflow file, for findings about a line. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly fix: string;
}

/** Builds a finding, leaving out positions that are unknown. */
export function finding(code: FindingCode, severity: Severity, message: string, fix: string, where: { file?: string; line?: number; column?: number } = {}): Finding {
  return {
    code,
    severity,
    message,
    ...(where.file !== undefined && { file: where.file }),
    ...(where.line !== undefined && where.line > 0 && { line: where.line }),
    ...(where.column !== undefined && where.column > 0 && { column: where.column }),
    fix,
  };
}
