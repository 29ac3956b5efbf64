import { findPatternProblem } from './claim-pattern.js';
import type { TokenErrorCode, TokenProblem } from './errors.js';
import { isOwnerLevel, scopeOf } from './permission-scope.js';
import { covers, isWriteLevel } from './permissions.js';
import type { PermissionLevel, PermissionName, PermissionSet } from './permissions.js';
import type { RuleDocument } from './section-document.js';
import type { TokenRule } from './types.js';
import { HOST_PROTECTED_PERMISSIONS, findWriteConfinement, grantsWrite } from './write-confinement.js';

/** Locates a pointer of the file being checked. */
export type Locate = (pointer: string, key?: boolean) => Pick<TokenProblem, 'file' | 'pointer' | 'line' | 'column'>;

/** What a rule is checked against. */
export interface CheckContext {
  readonly at: Locate;
  /** Undefined: not known yet (a repository policy before it is combined with the org's). */
  readonly ceiling: PermissionSet | undefined;
  readonly protectedRepositories: readonly string[];
}

type Emit = (code: TokenErrorCode, pointer: string, message: string, expected: string) => void;

/** Every load-time problem of one compiled rule, located at the field that causes it. */
export function checkRule(rule: TokenRule, written: RuleDocument, pointer: string, context: CheckContext): TokenProblem[] {
  const problems: TokenProblem[] = [];
  const emit: Emit = (code, at, message, expected) => problems.push({ code, ...context.at(at), message: `rule ${rule.name}: ${message}`, expected });
  checkPatterns(rule, written, pointer, emit);
  if (rule.layer === 'org' && !rule.conditions.some((c) => c.source === 'policy' && (c.field === 'repository_owner_id' || c.field === 'repository_id'))) {
    emit('TOKEN_POLICY_UNBOUND_RULE', `${pointer}/match`, 'matches jobs of any owner', 'repository_owner_id or repository_id in `match`');
  }
  if (grantsWrite(rule.permissions) && findWriteConfinement(rule.conditions, rule.protectedRefs) === undefined) {
    const refs = rule.protectedRefs.map((p) => p.text).join(', ');
    emit('TOKEN_POLICY_UNPROTECTED_WRITE', `${pointer}/match`, 'grants write but can match jobs of any ref', `ref, workflow_ref or job_workflow_ref confined to the protected refs (${refs}), or an environment named exactly`);
  }
  for (const [name, level] of Object.entries(rule.permissions) as [PermissionName, PermissionLevel][]) {
    checkPermission(rule, name, level, `${pointer}/grant/permissions/${name}`, context, emit);
  }
  if (rule.layer === 'org') checkProtectedRepositories(rule, pointer, context, emit);
  else checkConfinedToHost(rule, written, pointer, emit);
  return problems;
}

function checkPatterns(rule: TokenRule, written: RuleDocument, pointer: string, emit: Emit): void {
  for (const condition of rule.conditions.filter((c) => c.source === 'policy')) {
    const many = Array.isArray(written.match[condition.field]);
    condition.patterns.forEach((pattern, index) => {
      const problem = findPatternProblem(pattern);
      const at = `${pointer}/match/${condition.field}${many ? `/${index}` : ''}`;
      if (problem) emit('TOKEN_POLICY_INVALID_GLOB', at, problem, 'a value, or a glob such as "refs/tags/v*"');
    });
  }
}

function checkPermission(rule: TokenRule, name: PermissionName, level: PermissionLevel, at: string, context: CheckContext, emit: Emit): void {
  if (context.ceiling && !covers(context.ceiling[name], level)) {
    emit('TOKEN_POLICY_ABOVE_CEILING', at, `grants ${name}: ${level} above the org ceiling`, `at most ${context.ceiling[name] ?? 'nothing'} (token.ceiling.permissions)`);
  }
  if (rule.layer === 'repository' && isOwnerLevel(name)) {
    emit('TOKEN_POLICY_OWNER_PERMISSION', at, `${name} reaches beyond one repository (scope: ${scopeOf(name)})`, 'repository permissions only: owner-wide ones belong in the org policy');
  }
  if (rule.layer === 'repository' && isWriteLevel(level) && isHostProtected(name)) {
    emit('TOKEN_POLICY_PROTECTED_REPOSITORY', at, `grants ${name}: ${level} to the repository that holds the rule`, `at most read on ${HOST_PROTECTED_PERMISSIONS.join(', ')}`);
  }
}

// The org policy names repositories (its own host, .github, trusted workflow repositories)
// whose contents, workflows and settings no token may change.
function checkProtectedRepositories(rule: TokenRule, pointer: string, context: CheckContext, emit: Emit): void {
  const writes = HOST_PROTECTED_PERMISSIONS.filter((name) => isWriteLevel(rule.permissions[name] ?? 'read'));
  if (writes.length === 0) return;
  rule.repositories.forEach((id, index) => {
    if (context.protectedRepositories.includes(id)) {
      emit('TOKEN_POLICY_PROTECTED_REPOSITORY', `${pointer}/grant/repositories/${index}`, `grants ${writes.join(', ')} write to protected repository ${id}`, 'a repository outside token.protected_repositories');
    }
  });
}

// A repository policy may speak only for its own repository.
function checkConfinedToHost(rule: TokenRule, written: RuleDocument, pointer: string, emit: Emit): void {
  const own = rule.hostRepositoryId;
  const matched = written.match.repository_id;
  if (matched !== undefined && (Array.isArray(matched) ? matched : [matched]).some((id) => String(id) !== own)) {
    emit('TOKEN_POLICY_LOOSENS_ORG', `${pointer}/match/repository_id`, 'a repository policy can only match its own repository', `${own} (or leave it out)`);
  }
  rule.repositories.forEach((id, index) => {
    if (id !== 'self' && id !== own) emit('TOKEN_POLICY_LOOSENS_ORG', `${pointer}/grant/repositories/${index}`, `a repository policy cannot grant access to repository ${id}`, `self or ${own}`);
  });
}

function isHostProtected(name: PermissionName): boolean {
  return (HOST_PROTECTED_PERMISSIONS as readonly string[]).includes(name);
}
