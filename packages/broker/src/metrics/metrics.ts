import type { AuditEvent } from '../audit/audit-event.js';
import type { AuditSink } from '../ports.js';

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] as const;

const HELP: Readonly<Record<string, string>> = {
  ringfence_broker_calls_total: 'Exchanges and dry runs by outcome and reason code.',
  ringfence_broker_jwks_fetches_total: 'Fetches of an issuer key set by result.',
  ringfence_broker_jwks_stale_total: 'Verifications that used keys past their freshness because the issuer could not be reached.',
  ringfence_broker_policy_reloads_total: 'Reads of the token policy file by result.',
  ringfence_broker_redis_errors_total: 'Errors of the Redis connection (each refuses the calls it meets).',
};

/**
 * Counters and one latency histogram in the Prometheus text format (version 0.0.4,
 * https://prometheus.io/docs/instrumenting/exposition_formats/). Label values are codes
 * and fixed words, never caller input, so the series stay few.
 */
export class BrokerMetrics {
  private readonly counters = new Map<string, Map<string, number>>();
  private readonly buckets = new Map<string, number[]>();
  private readonly sums = new Map<string, number>();
  private readonly gauges = new Map<string, { help: string; read: () => number }>();

  count(name: keyof typeof HELP, labels: Readonly<Record<string, string>> = {}): void {
    const series = this.counters.get(name) ?? new Map<string, number>();
    this.counters.set(name, series);
    const key = formatLabels(labels);
    series.set(key, (series.get(key) ?? 0) + 1);
  }

  /** A gauge read when the metrics are rendered. */
  gauge(name: string, help: string, read: () => number): void {
    this.gauges.set(name, { help, read });
  }

  /** Counts a finished call and its duration, from its audit event. */
  observe(event: AuditEvent): void {
    this.count('ringfence_broker_calls_total', { kind: event.kind, outcome: event.outcome, reason: event.reason ?? 'none' });
    const counts = this.buckets.get(event.kind) ?? new Array<number>(BUCKETS.length + 1).fill(0);
    this.buckets.set(event.kind, counts);
    const seconds = event.durationMs / 1000;
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) counts[i]! += 1;
    });
    counts[BUCKETS.length]! += 1;
    this.sums.set(event.kind, (this.sums.get(event.kind) ?? 0) + seconds);
  }

  /** The exposition text. */
  render(): string {
    const lines: string[] = [];
    for (const [name, series] of this.counters) {
      lines.push(`# HELP ${name} ${HELP[name]}`, `# TYPE ${name} counter`);
      for (const [labels, value] of series) lines.push(`${name}${labels} ${value}`);
    }
    for (const [name, { help, read }] of this.gauges) lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${read()}`);
    const histogram = 'ringfence_broker_call_duration_seconds';
    lines.push(`# HELP ${histogram} Time from request to answer, audit write included.`, `# TYPE ${histogram} histogram`);
    for (const [kind, counts] of this.buckets) {
      BUCKETS.forEach((le, i) => lines.push(`${histogram}_bucket{kind="${kind}",le="${le}"} ${counts[i]}`));
      lines.push(`${histogram}_bucket{kind="${kind}",le="+Inf"} ${counts[BUCKETS.length]}`, `${histogram}_sum{kind="${kind}"} ${this.sums.get(kind)}`, `${histogram}_count{kind="${kind}"} ${counts[BUCKETS.length]}`);
    }
    return lines.join('\n') + '\n';
  }
}

/** An audit sink that also counts each event in the metrics. */
export function meteredSink(sink: AuditSink, metrics: BrokerMetrics): AuditSink {
  return {
    write(event) {
      metrics.observe(event);
      return sink.write(event);
    },
  };
}

function formatLabels(labels: Readonly<Record<string, string>>): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([k, v]) => `${k}="${v.replace(/[\\"\n]/gu, '_')}"`).join(',')}}`;
}
