import { describe, expect, it } from '@jest/globals';
import * as token from '../src/index.js';

describe('the public API', () => {
  it('exports the functions the CLI, the action and the broker call', () => {
    for (const name of ['loadTokenPolicy', 'loadRepositoryTokenPolicy', 'combineTokenPolicies', 'loadTokenRequest', 'loadClaims', 'decideToken', 'explainTokenRequest', 'formatExplanation', 'scopeOf']) {
      expect(typeof (token as Record<string, unknown>)[name]).toBe('function');
    }
    expect(token.TOKEN_REFUSAL_CODES).toContain('TOKEN_NO_RULE_MATCHED');
    expect(token.tokenPolicySchema.$id).toMatch(/token-policy\.schema\.json$/u);
  });
});
