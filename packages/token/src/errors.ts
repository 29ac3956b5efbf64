import { RingfenceError } from '@ringfence/core';
import { formatProblem } from '@ringfence/policy';
import type { PolicyProblem } from '@ringfence/policy';

/** What can be wrong with a file this package reads, whatever the kind of file. */
type ReadErrorSuffix = 'TOO_LARGE' | 'ENCODING' | 'PARSE_ERROR' | 'DUPLICATE_KEY' | 'ALIAS_LIMIT' | 'SCHEMA_ERROR' | 'UNKNOWN_KEY';

/** The three kinds of file: the `token:` section of a policy, a request, a claims file. */
export type TokenDocumentKind = 'POLICY' | 'REQUEST' | 'CLAIMS';

/** Every code a TokenError can carry, prefixed by the kind of file it is about. */
export type TokenErrorCode =
  | `TOKEN_${TokenDocumentKind}_${ReadErrorSuffix}`
  | 'TOKEN_POLICY_UNKNOWN_PERMISSION'
  | 'TOKEN_POLICY_UNKNOWN_LEVEL'
  | 'TOKEN_REQUEST_UNKNOWN_PERMISSION'
  | 'TOKEN_REQUEST_UNKNOWN_LEVEL'
  | 'TOKEN_POLICY_DUPLICATE_RULE'
  | 'TOKEN_POLICY_INVALID_GLOB'
  | 'TOKEN_POLICY_UNBOUND_RULE'
  | 'TOKEN_POLICY_UNPROTECTED_WRITE'
  | 'TOKEN_POLICY_ABOVE_CEILING'
  | 'TOKEN_POLICY_PROTECTED_REPOSITORY'
  | 'TOKEN_POLICY_OWNER_PERMISSION'
  | 'TOKEN_POLICY_LOOSENS_ORG'
  | 'TOKEN_POLICY_INVALID_FACT';

/** One thing wrong with a token policy, request or claims file, located like a policy problem. */
export interface TokenProblem extends Omit<PolicyProblem, 'code'> {
  readonly code: TokenErrorCode;
}

/**
 * A token policy, request or claims file that cannot be used. Carries every problem found;
 * the first problem's code is the error's code.
 */
export class TokenError extends RingfenceError<TokenErrorCode> {
  readonly problems: readonly TokenProblem[];

  constructor(problems: readonly [TokenProblem, ...TokenProblem[]], options?: { cause?: unknown }) {
    super(problems[0].code, problems.map((p) => formatProblem(p)).join('\n'), options);
    this.problems = problems;
  }
}

/** Throws a TokenError when there is any problem. */
export function throwIfAny(problems: readonly TokenProblem[]): void {
  if (problems.length > 0) throw new TokenError(problems as [TokenProblem, ...TokenProblem[]]);
}
