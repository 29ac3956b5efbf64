import { VERDICT_VERSION } from '@ringfence/core';
import type { ReasonCode } from '@ringfence/core';
import type { GuardVerdict } from './verdict.js';

/**
 * The verdict when the guard could not decide (an API error, a policy that does not parse,
 * an unsupported event): outcome `error`, which every reporter treats like `blocked`.
 */
export function errorVerdict(code: ReasonCode, message: string, inputs: Readonly<Record<string, unknown>> = {}): GuardVerdict {
  return {
    version: VERDICT_VERSION,
    control: 'guard',
    outcome: 'error',
    reasons: [{ code, message }],
    inputs,
    detail: { author: { login: typeof inputs['author'] === 'string' ? inputs['author'] : 'unknown', maintainer: false }, rings: [], openPaths: 0, warnings: [] },
  };
}
