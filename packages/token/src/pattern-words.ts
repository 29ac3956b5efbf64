import { CLAIM_TEXT_PATTERN, EVENT_NAME_PATTERN, GRANT_REPOSITORY_PATTERN, ID_PATTERN, PROTECTED_REF_PATTERN, RULE_NAME_PATTERN } from './schema/token-policy-schema.js';

const WORDS: Readonly<Record<string, string>> = {
  [ID_PATTERN]: 'an id of digits only (names are never matched: resolve a name to its id first)',
  [GRANT_REPOSITORY_PATTERN]: 'a repository id of digits only, or self',
  [RULE_NAME_PATTERN]: 'a rule name: letters, digits, ".", "_" and "-", at most 64 characters',
  [EVENT_NAME_PATTERN]: 'an event name such as push or workflow_dispatch',
  [PROTECTED_REF_PATTERN]: 'a branch or tag ref such as refs/heads/main or "refs/tags/v*"',
  [CLAIM_TEXT_PATTERN]: 'text without control characters',
};

const PREFIX = 'text matching ';
// The patterns written as `^(?:a|b)$` by the schema's `choice` helper.
const CHOICE = /^\^\(\?:([a-z|-]+)\)\$$/u;

/**
 * Words for a schema pattern in an `expected` text, or undefined to keep the text as is.
 * The policy package words only its own patterns.
 */
export function patternWords(expected: string | undefined): string | undefined {
  if (expected?.startsWith(PREFIX) !== true) return undefined;
  const pattern = expected.slice(PREFIX.length);
  const choice = CHOICE.exec(pattern);
  if (choice) return `one of ${choice[1]!.split('|').join(', ')}`;
  return WORDS[pattern];
}
