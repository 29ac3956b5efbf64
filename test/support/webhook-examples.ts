import { createRequire } from 'node:module';

interface ExampleGroup {
  readonly name: string;
  readonly examples: readonly Record<string, unknown>[];
}

const require = createRequire(import.meta.url);
const groups = require('@octokit/webhooks-examples/api.github.com/index.json') as ExampleGroup[];

/**
 * A real webhook payload from @octokit/webhooks-examples (deep-copied), for the event and,
 * when given, the action; `patch` edits the copy.
 */
export function webhookExample(event: string, action?: string, patch: (payload: Record<string, any>) => void = () => undefined): Record<string, any> {
  const group = groups.find((g) => g.name === event);
  const example = group?.examples.find((e) => action === undefined || e['action'] === action);
  if (!example) throw new Error(`no @octokit/webhooks-examples payload for ${event}${action ? `.${action}` : ''}`);
  const copy = structuredClone(example) as Record<string, any>;
  patch(copy);
  return copy;
}
