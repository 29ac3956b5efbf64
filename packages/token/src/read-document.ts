import { parseYaml, toSchemaProblems } from '@ringfence/policy';
import type { LocatedDocument, PolicyProblem } from '@ringfence/policy';
import { TokenError } from './errors.js';
import type { TokenDocumentKind, TokenErrorCode, TokenProblem } from './errors.js';
import type { GeneratedValidator } from './generated/validators.js';
import { patternWords } from './pattern-words.js';

/** A validated value and the document it came from, to locate later problems. */
export interface ReadResult {
  readonly value: unknown;
  readonly document: LocatedDocument;
  /** Pointer of the value inside the document: `/token` for a policy section, '' otherwise. */
  readonly base: string;
}

/**
 * Bytes to a schema-valid value, with the YAML reading and problem wording of
 * `@ringfence/policy` (size cap, strict UTF-8, unique keys, alias cap; file:line:column).
 * With `section`, only that key of the root mapping is validated; an absent section
 * yields `value: undefined`. Throws a TokenError listing every problem.
 */
export function readDocument(input: Uint8Array | string, file: string, kind: TokenDocumentKind, validate: GeneratedValidator, section?: string): ReadResult {
  const parsed = parseYaml(input, file);
  if (!parsed.ok) throw new TokenError(toTokenProblems(parsed.problems, kind) as [TokenProblem, ...TokenProblem[]]);
  const { document } = parsed;
  const base = section === undefined ? '' : `/${section}`;
  const root = document.value;
  if (section !== undefined && !isMapping(root)) {
    throw new TokenError([{ code: `TOKEN_${kind}_SCHEMA_ERROR`, file, pointer: '', ...document.locate(''), message: 'the policy is not a mapping', expected: `a mapping with a \`${section}\` key` }]);
  }
  const value = section === undefined ? root : (root as Record<string, unknown>)[section];
  if (section !== undefined && value === undefined) return { value, document, base };
  if (!validate(value)) {
    const errors = (validate.errors ?? []).map((error) => ({ ...error, instancePath: base + error.instancePath }));
    const problems = toTokenProblems(toSchemaProblems(errors, document, file), kind);
    // Defense in depth: a validator that fails without errors still refuses the file.
    const [first = { code: `TOKEN_${kind}_SCHEMA_ERROR`, file, pointer: base, ...document.locate(base), message: 'the file does not match its schema' }, ...rest] = problems;
    throw new TokenError([first, ...rest]);
  }
  return { value, document, base };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const PASSED_THROUGH = new Set(['TOO_LARGE', 'ENCODING', 'PARSE_ERROR', 'DUPLICATE_KEY', 'ALIAS_LIMIT', 'SCHEMA_ERROR', 'UNKNOWN_KEY']);
const PERMISSION_POINTER = /\/permissions\/[^/]+$/u;

/** The policy package's problems, renamed for this kind of file and worded for its schemas. */
function toTokenProblems(problems: readonly PolicyProblem[], kind: TokenDocumentKind): TokenProblem[] {
  return problems.map((problem) => {
    const suffix = problem.code.replace(/^POLICY_/u, '');
    const code = `TOKEN_${kind}_${PASSED_THROUGH.has(suffix) ? suffix : 'SCHEMA_ERROR'}` as TokenErrorCode;
    const expected = patternWords(problem.expected);
    const reworded: TokenProblem = { ...problem, code, ...(expected === undefined ? {} : { expected }) };
    if (kind !== 'POLICY' && problem.message === 'the policy file is empty') return { ...reworded, message: 'the file is empty', expected: 'a JSON object' };
    return kind !== 'CLAIMS' && PERMISSION_POINTER.test(problem.pointer) ? asPermissionProblem(reworded, kind) : reworded;
  });
}

// The catalogue is 55 names long: "expected one of …" would bury the hint, so say what it is.
function asPermissionProblem(problem: TokenProblem, kind: 'POLICY' | 'REQUEST'): TokenProblem {
  if (problem.code.endsWith('_UNKNOWN_KEY')) {
    return { ...problem, code: `TOKEN_${kind}_UNKNOWN_PERMISSION`, message: problem.message.replace(/^unknown key/u, 'unknown permission'), expected: 'a GitHub App permission name, such as contents or pull_requests' };
  }
  return { ...problem, code: `TOKEN_${kind}_UNKNOWN_LEVEL`, message: 'level not accepted for this permission' };
}
