import type { ErrorObject } from 'ajv';
import { didYouMean } from './did-you-mean.js';
import type { PolicyErrorCode, PolicyProblem } from './errors.js';
import type { LocatedDocument } from './parse-yaml.js';
import { LOGIN_PATTERN, RING_NAME_PATTERN, TEAM_PATTERN } from './schema/policy-schema.js';

/**
 * Turns ajv's errors into located problems that say what was found and what would be
 * valid. `oneOf` sub-errors are folded into their parent so one mistake reads as one line.
 */
export function toSchemaProblems(errors: readonly ErrorObject[], document: LocatedDocument, file: string): PolicyProblem[] {
  const relevant = errors.filter((error) => keepError(error, errors));
  const problems = relevant.map((error) => toProblem(error, document, file));
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}|${p.code}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// For `oneOf` (a bot is a login or a mapping), keep the errors of the branch whose type
// matches the value, so a misspelled key reads as one; the `oneOf` error itself stays only
// when no branch has the value's type.
function keepError(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  const parent = all.find((o) => o.keyword === 'oneOf' && o !== error && error.instancePath.startsWith(o.instancePath) && error.schemaPath.startsWith(`${o.schemaPath}/`));
  if (error.keyword === 'oneOf') return matchingBranch(error) === undefined;
  if (!parent) return true;
  const branch = matchingBranch(parent);
  return branch !== undefined && error.schemaPath.startsWith(`${parent.schemaPath}/${branch}/`);
}

function matchingBranch(oneOf: ErrorObject): number | undefined {
  const branches = (oneOf.schema as { type?: string }[] | undefined) ?? [];
  const type = Array.isArray(oneOf.data) ? 'array' : oneOf.data === null ? 'null' : typeof oneOf.data;
  const index = branches.findIndex((b) => b.type === type);
  return index === -1 ? undefined : index;
}

function toProblem(error: ErrorObject, document: LocatedDocument, file: string): PolicyProblem {
  const pointer = error.instancePath;
  const found = describe(error.data);
  const at = (p: string, key = false) => ({ file, pointer: p, ...document.locate(p, key) });
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const allowed = Object.keys(((error.parentSchema as { properties?: object } | undefined)?.properties) ?? {});
      const suggestion = didYouMean(key, allowed);
      return { code: 'POLICY_UNKNOWN_KEY', ...at(`${pointer}/${escapePointer(key)}`, true), message: `unknown key ${JSON.stringify(key)}`, expected: `one of ${allowed.join(', ')}`, ...(suggestion ? { suggestion } : {}) };
    }
    case 'required':
      return { code: 'POLICY_SCHEMA_ERROR', ...at(pointer), message: `missing required key ${JSON.stringify(params['missingProperty'])}` };
    case 'const':
      return { code: pointer === '/version' ? 'POLICY_VERSION' : 'POLICY_SCHEMA_ERROR', ...at(pointer), message: pointer === '/version' ? 'unsupported policy version' : 'value not allowed', expected: JSON.stringify(params['allowedValue']), found };
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map(String);
      const isPreset = /\/presets\/\d+$/u.test(pointer);
      const suggestion = typeof error.data === 'string' ? didYouMean(error.data, allowed) : undefined;
      const code: PolicyErrorCode = isPreset ? 'POLICY_UNKNOWN_PRESET' : 'POLICY_SCHEMA_ERROR';
      return { code, ...at(pointer), message: isPreset ? 'unknown preset' : 'value not allowed', expected: `one of ${allowed.join(', ')}`, found, ...(suggestion ? { suggestion } : {}) };
    }
    case 'uniqueItems': {
      // Point at the later of the two equal items: that is the one to delete.
      const [first, later] = [Number(params['i']), Number(params['j'])].sort((a, b) => a - b) as [number, number];
      return { code: 'POLICY_SCHEMA_ERROR', ...at(`${pointer}/${later}`), message: `item ${later + 1} repeats item ${first + 1}`, expected: 'no repeated items', found: describe((error.data as unknown[])[later]) };
    }
    case 'oneOf':
      return { code: 'POLICY_SCHEMA_ERROR', ...at(pointer), message: 'value has the wrong shape', expected: 'a login, or a mapping with `login` and optional `paths`', found };
    default:
      return { code: 'POLICY_SCHEMA_ERROR', ...at(pointer), message: error.message ?? `fails ${error.keyword}`, found, ...(expectation(error) ?? {}) };
  }
}

function expectation(error: ErrorObject): { expected: string } | undefined {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return { expected: `a value of type ${String(params['type'])}` };
    case 'pattern':
      return { expected: PATTERN_WORDS[String(params['pattern'])] ?? `text matching ${String(params['pattern'])}` };
    case 'minimum':
    case 'maximum':
      return { expected: `a number ${String(params['comparison'])} ${String(params['limit'])}` };
    default:
      return undefined;
  }
}

const PATTERN_WORDS: Record<string, string> = {
  [LOGIN_PATTERN]: 'a GitHub login: letters, digits and single hyphens, at most 39 characters, optionally ending in [bot]',
  [TEAM_PATTERN]: 'a team as org/team-slug, such as acme/core',
  [RING_NAME_PATTERN]: 'a ring name: lower-case letters, digits and hyphens, starting with a letter',
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
