import { describe, expect, it } from '@jest/globals';
import { BrokerMetrics } from '../src/index.js';
import type { AuditEvent } from '../src/index.js';

const event = (durationMs: number, reason: AuditEvent['reason']): AuditEvent => ({ version: 1, kind: 'exchange', time: '', requestId: '', outcome: reason === null ? 'allowed' : 'blocked', status: 200, reason, detail: null, who: null, requested: null, rule: null, closest: null, granted: null, revoked: null, durationMs });

describe('BrokerMetrics', () => {
  it('renders counters, gauges and a cumulative histogram in the Prometheus text format', () => {
    const metrics = new BrokerMetrics();
    metrics.observe(event(2, null));
    metrics.observe(event(40, 'ID_TOKEN_EXPIRED'));
    metrics.count('ringfence_broker_jwks_fetches_total', { result: 'ok' });
    metrics.gauge('ringfence_broker_replay_entries', 'entries', () => 7);
    const text = metrics.render();
    expect(text).toContain('# TYPE ringfence_broker_calls_total counter\nringfence_broker_calls_total{kind="exchange",outcome="allowed",reason="none"} 1\n');
    expect(text).toContain('ringfence_broker_calls_total{kind="exchange",outcome="blocked",reason="ID_TOKEN_EXPIRED"} 1');
    expect(text).toContain('ringfence_broker_jwks_fetches_total{result="ok"} 1');
    expect(text).toContain('ringfence_broker_replay_entries 7');
    expect(text).toContain('ringfence_broker_call_duration_seconds_bucket{kind="exchange",le="0.001"} 0\n');
    expect(text).toContain('ringfence_broker_call_duration_seconds_bucket{kind="exchange",le="0.0025"} 1\n');
    expect(text).toContain('ringfence_broker_call_duration_seconds_bucket{kind="exchange",le="0.05"} 2\n');
    expect(text).toContain('ringfence_broker_call_duration_seconds_bucket{kind="exchange",le="+Inf"} 2\nringfence_broker_call_duration_seconds_sum{kind="exchange"} 0.042\nringfence_broker_call_duration_seconds_count{kind="exchange"} 2\n');
  });
});
