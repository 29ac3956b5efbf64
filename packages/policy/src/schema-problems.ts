import type { ErrorObject } from 'ajv';
import { didYouMean } from './did-you-mean.js';
import type { PolicyErrorCode, PolicyProblem } from './errors.js';
import type { LocatedDocument } from './parse-yaml.js';

/**
 * Turns ajv's errors into located problems that say what was found and what would be
 * valid. `oneOf` sub-errors are folded into their parent so one mistake reads as one line.
 */
export function toSchemaProblems(errors: readonly ErrorObject[], document: LocatedDocument, file: string): PolicyProblem[] {
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  const relevant = errors.filter((e) => e.keyword === 'oneOf' || !oneOfPaths.some((p) => e.instancePath.startsWith(p) && e.schemaPath.includes('/oneOf/')));
  const problems = relevant.map((error) => toProblem(error, document, file));
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}|${p.code}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
      return { expected: `text matching ${String(params['pattern'])}` };
    case 'minimum':
    case 'maximum':
      return { expected: `a number ${String(params['comparison'])} ${String(params['limit'])}` };
    case 'uniqueItems':
      return { expected: 'no repeated items' };
    default:
      return undefined;
  }
}

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
