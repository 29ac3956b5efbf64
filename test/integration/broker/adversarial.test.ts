import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hostileRows } from './hostile-rows.js';
import type { BrokerStack } from './stack.js';
import { startBrokerStack } from './stack.js';

let s: BrokerStack;
beforeAll(async () => {
  s = await startBrokerStack();
});
afterAll(() => s.close());

const ROWS = hostileRows(() => s);

describe('the broker refuses every hostile or malformed call with its reason, and audits it', () => {
  it('has at least 50 rows', () => expect(ROWS.length).toBeGreaterThanOrEqual(50));

  it.each(ROWS)('%s', async (_, build, [status, error, reason]) => {
    const options = await build();
    const answer = await s.call('/v1/exchange', options);
    expect({ status: answer.status, body: answer.json }).toEqual({ status, body: { error, request_id: answer.headers.get('x-request-id') } });
    const event = s.auditOf(answer);
    expect(event).toMatchObject({ kind: 'exchange', status, reason, granted: null });
    expect(event.outcome).toBe(status >= 500 ? 'error' : 'blocked');
    if (options.token !== undefined) expect(JSON.stringify(event)).not.toContain(options.token);
    // Only claims of a verified token reach the audit log.
    if (error === 'invalid_token') expect(event.who).toBeNull();
  });

  it('mints nothing for any of them', () => expect(s.minter.grants).toEqual([]));
});
