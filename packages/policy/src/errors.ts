import { RingfenceError } from '@ringfence/core';

export type PolicyErrorCode =
  | 'POLICY_NOT_FOUND'
  | 'POLICY_AMBIGUOUS'
  | 'POLICY_TOO_LARGE'
  | 'POLICY_ENCODING'
  | 'POLICY_PARSE_ERROR'
  | 'POLICY_DUPLICATE_KEY'
  | 'POLICY_ALIAS_LIMIT'
  | 'POLICY_SCHEMA_ERROR'
  | 'POLICY_UNKNOWN_KEY'
  | 'POLICY_VERSION'
  | 'POLICY_DUPLICATE_RING'
  | 'POLICY_RESERVED_RING'
  | 'POLICY_INVALID_GLOB'
  | 'POLICY_UNKNOWN_PRESET'
  | 'POLICY_EMPTY_RING'
  | 'POLICY_LOOSENS_ORG';

/** One thing wrong with a policy, located as precisely as the input allows. */
export interface PolicyProblem {
  readonly code: PolicyErrorCode;
  readonly file: string;
  /** 1-based; 0 when the problem is about the file as a whole. */
  readonly line: number;
  readonly column: number;
  /** RFC 6901 pointer into the document ('' for the root). */
  readonly pointer: string;
  readonly message: string;
  /** What would be valid here, when that can be said. */
  readonly expected?: string;
  readonly found?: string;
  readonly suggestion?: string;
}

/**
 * A policy that cannot be used. Carries every problem found, so one run shows them all;
 * the first problem's code is the error's code.
 */
export class PolicyError extends RingfenceError<PolicyErrorCode> {
  readonly problems: readonly PolicyProblem[];

  constructor(problems: readonly [PolicyProblem, ...PolicyProblem[]], options?: { cause?: unknown }) {
    super(problems[0].code, problems.map(formatProblem).join('\n'), options);
    this.problems = problems;
  }
}

/** `file:line:col: message (expected …, found …) did you mean …?` */
export function formatProblem(problem: Omit<PolicyProblem, 'code'>): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  const parts = [`${where}: ${problem.message}`];
  if (problem.pointer !== '') parts.push(`at ${problem.pointer}`);
  if (problem.expected !== undefined) parts.push(`expected ${problem.expected}`);
  if (problem.found !== undefined) parts.push(`found ${problem.found}`);
  let text = parts.join('; ');
  if (problem.suggestion !== undefined) text += `; did you mean ${JSON.stringify(problem.suggestion)}?`;
  return text;
}
