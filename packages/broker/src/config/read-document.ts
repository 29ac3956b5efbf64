import { parseYaml, toSchemaProblems } from '@ringfence/policy';
import type { LocatedDocument, PolicyProblem } from '@ringfence/policy';
import { BrokerConfigError } from '../errors.js';
import type { BrokerConfigErrorCode, BrokerConfigProblem } from '../errors.js';
import type { GeneratedValidator } from '../generated/validators.js';
import { AUDIENCE_PATTERN, BRANCH_PATTERN, ENV_NAME_PATTERN, ID_PATTERN, ISSUER_PATTERN, KEY_PREFIX_PATTERN, REDIS_URL_PATTERN } from '../schema/broker-config-schema.js';

/**
 * Bytes to a schema-valid value with the YAML reading and problem wording of
 * `@ringfence/policy` (size cap, strict UTF-8, unique keys, alias cap; file:line:column).
 * JSON is YAML, so both are read. Throws a BrokerConfigError listing every problem.
 */
export function readConfigDocument(input: Uint8Array | string, file: string, validate: GeneratedValidator): LocatedDocument {
  const parsed = parseYaml(input, file);
  if (!parsed.ok) throw new BrokerConfigError(toConfigProblems(parsed.problems));
  const { document } = parsed;
  if (validate(document.value)) return document;
  const problems = toConfigProblems(toSchemaProblems(validate.errors ?? [], document, file));
  // Defense in depth: a validator that fails without errors still refuses the file.
  const [first = { code: 'BROKER_CONFIG_SCHEMA_ERROR', file, pointer: '', ...document.locate(''), message: 'the file does not match its schema' }, ...rest] = problems;
  throw new BrokerConfigError([first, ...rest]);
}

const PASSED_THROUGH = new Set(['TOO_LARGE', 'ENCODING', 'PARSE_ERROR', 'DUPLICATE_KEY', 'ALIAS_LIMIT', 'SCHEMA_ERROR', 'UNKNOWN_KEY', 'VERSION']);

// The policy package words its problems for a policy file; rename them for this one.
function toConfigProblems(problems: readonly PolicyProblem[]): [BrokerConfigProblem, ...BrokerConfigProblem[]] {
  return problems.map((problem): BrokerConfigProblem => {
    const suffix = problem.code.replace(/^POLICY_/u, '');
    const code = `BROKER_CONFIG_${PASSED_THROUGH.has(suffix) ? suffix : 'SCHEMA_ERROR'}` as BrokerConfigErrorCode;
    const message = problem.message.replace(/^the policy file is empty$/u, 'the configuration file is empty').replace(/^(?:unsupported )?policy (file|version)/u, (m) => m.replace('policy', 'configuration'));
    const expected = problem.message === 'the policy file is empty' ? EMPTY : wordsFor(problem.expected);
    const worded = expected !== problem.expected && problem.message.startsWith('must match pattern') ? 'value not allowed' : message;
    return { ...problem, code, message: worded, ...(expected === undefined ? {} : { expected }) };
  }) as [BrokerConfigProblem, ...BrokerConfigProblem[]];
}

const EMPTY = 'a mapping with version: 1, audience, issuers, app, policy and stores';
const WORDS: Readonly<Record<string, string>> = {
  [ID_PATTERN]: 'an id of digits only (names are never matched)',
  [ISSUER_PATTERN]: 'an https URL without trailing slash, such as https://token.actions.githubusercontent.com',
  [AUDIENCE_PATTERN]: 'printable text without spaces, at most 256 characters',
  [ENV_NAME_PATTERN]: 'an environment variable name such as RINGFENCE_APP_KEY',
  [BRANCH_PATTERN]: 'a branch name such as main',
  [REDIS_URL_PATTERN]: 'redis://host:port or rediss://host:port (TLS), with no user or password (use redis.username and redis.password_env)',
  [KEY_PREFIX_PATTERN]: 'printable text without spaces, at most 64 characters, such as ringfence:',
};

// Schema patterns read badly in a message: say what they stand for.
function wordsFor(expected: string | undefined): string | undefined {
  const pattern = expected?.startsWith('text matching ') === true ? expected.slice('text matching '.length) : undefined;
  return (pattern === undefined ? undefined : WORDS[pattern]) ?? expected;
}
