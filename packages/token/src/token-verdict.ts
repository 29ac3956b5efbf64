import { VERDICT_VERSION } from '@ringfence/core';
import type { Verdict } from '@ringfence/core';
import type { TokenExplanation } from './explain.js';
import type { Claims, TokenRequest } from './types.js';

/** The token control's verdict: `allowed` when a rule grants exactly the request, with every rule's part as the detail. */
export type TokenVerdict = Verdict<TokenExplanation>;

/** What the decision was made from, beside the policy's rules (named with file:line:column in the detail). */
export interface TokenVerdictInputs {
  readonly claims: Claims;
  readonly request: TokenRequest;
  readonly hostRepositoryId?: string | undefined;
  /** The policy files read, org first. */
  readonly policyFiles: readonly string[];
}

/**
 * An explained token decision as a verdict (DESIGN.md "Verdicts"): granted is `allowed`,
 * refused is `blocked` with the refusal's code and words.
 */
export function tokenVerdict(explanation: TokenExplanation, inputs: TokenVerdictInputs): TokenVerdict {
  const { decision } = explanation;
  const granted = decision.outcome === 'granted';
  return {
    version: VERDICT_VERSION,
    control: 'token',
    outcome: granted ? 'allowed' : 'blocked',
    // A refusal code that is not a core reason code stops this line compiling.
    reasons: granted ? [] : [{ code: decision.refusal.code, message: decision.refusal.message }],
    inputs: { claims: inputs.claims, request: inputs.request, ...(inputs.hostRepositoryId === undefined ? {} : { hostRepositoryId: inputs.hostRepositoryId }), policyFiles: inputs.policyFiles },
    detail: explanation,
  };
}
