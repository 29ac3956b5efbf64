import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface WebhookCatalogue {
  readonly name: string;
  readonly examples: readonly ({ action?: string } & Record<string, unknown>)[];
}

let catalogue: readonly WebhookCatalogue[] | undefined;

/**
 * A webhook payload from @octokit/webhooks-examples (community-contributed real payloads),
 * e.g. `loadEvent('pull_request', 'opened')`, deep-merged with `patch` so a test names only
 * what it cares about. Arrays in `patch` replace, objects merge.
 */
export function loadEvent(name: string, action?: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
  catalogue ??= JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@octokit/webhooks-examples'), 'utf8')) as WebhookCatalogue[];
  const example = catalogue.find((e) => e.name === name)?.examples.find((e) => action === undefined || e.action === action);
  if (!example) throw new Error(`@octokit/webhooks-examples has no ${name}${action ? `.${action}` : ''} example`);
  return merge(structuredClone(example), patch);
}

function merge(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(patch)) {
    const current = target[key];
    target[key] = isPlainObject(value) && isPlainObject(current) ? merge(current, value) : value;
  }
  return target;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
