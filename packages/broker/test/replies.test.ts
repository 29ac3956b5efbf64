import { describe, expect, it } from '@jest/globals';
import { TOKEN_REFUSAL_CODES } from '@ringfence/token';
import { BROKER_REASON_CODES } from '../src/index.js';
import { refusalReply } from '../src/exchange/replies.js';

describe('refusalReply', () => {
  it.each(BROKER_REASON_CODES.map((code) => [code]))('answers %s with a generic code and no reason', (code) => {
    const reply = refusalReply(code, 'r-1');
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(Object.keys(reply.body as object)).toEqual(['error', 'request_id']);
    expect(JSON.stringify(reply.body)).not.toContain(code);
  });

  it.each(TOKEN_REFUSAL_CODES.map((code) => [code]))('answers the policy refusal %s with 403 access_denied', (code) => {
    expect(refusalReply(code, 'r-1')).toMatchObject({ status: 403, body: { error: 'access_denied' } });
  });

  it('asks for a bearer token on 401 and for a retry on 503', () => {
    expect(refusalReply('ID_TOKEN_EXPIRED', 'r').headers).toEqual({ 'www-authenticate': 'Bearer error="invalid_token"' });
    expect(refusalReply('ISSUER_UNAVAILABLE', 'r').headers).toEqual({ 'retry-after': '5' });
  });

  it('answers a rate limit with 429 and the seconds until the window ends', () => {
    expect(refusalReply('RATE_LIMITED_REPOSITORY', 'r', 17)).toMatchObject({ status: 429, body: { error: 'rate_limited' }, headers: { 'retry-after': '17' } });
    expect(refusalReply('RATE_LIMITED_GLOBAL', 'r')).toMatchObject({ status: 429, headers: { 'retry-after': '60' } });
    expect(refusalReply('RATE_LIMIT_UNAVAILABLE', 'r')).toMatchObject({ status: 503, body: { error: 'unavailable' } });
  });
});
