/**
 * The events that start a workflow, as written under `on:`: one event, a list of events, or
 * a mapping of events to their filters. Anything else starts nothing.
 */
export function triggersOf(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.filter((event): event is string => typeof event === 'string');
  return typeof on === 'object' && on !== null ? Object.keys(on) : [];
}
