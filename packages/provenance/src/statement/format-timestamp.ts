/**
 * `{ [key]: 'YYYY-MM-DDThh:mm:ssZ' }`, or `{}` when the time is unknown, so callers can
 * spread it. SLSA timestamps are RFC 3339 in UTC (https://slsa.dev/spec/v1.0/provenance#buildmetadata).
 */
export function formatTimestamp<K extends string>(key: K, time: Date | undefined): Partial<Record<K, string>> {
  if (time === undefined) return {};
  return { [key]: time.toISOString().replace(/\.\d{3}Z$/u, 'Z') } as Partial<Record<K, string>>;
}
