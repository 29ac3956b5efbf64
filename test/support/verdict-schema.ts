import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

/**
 * The generated `schema/verdict.schema.json`, compiled once in strict mode: what a consumer
 * of a CLI `--json` document, an action's `report` output or an audit event validates with.
 */
const schema = JSON.parse(readFileSync(join(process.cwd(), 'schema/verdict.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true }).compile(schema);

/** Every schema problem of a document, as `pointer message` lines; empty when it validates. */
export function verdictProblems(document: unknown): string[] {
  // Round-trip through JSON: the document as a consumer reads it (undefined fields gone).
  if (validate(JSON.parse(JSON.stringify(document)))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
