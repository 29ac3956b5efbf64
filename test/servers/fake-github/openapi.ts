import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import { isUndocumentedAnswer } from './undocumented-answers.js';

/**
 * GitHub's OpenAPI description (OpenAPI 3.0.3, from @octokit/openapi) as the one source of
 * truth for what the fake may answer. Loaded once per process, validators compiled lazily
 * per operation and status.
 */
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, ResponseObject> }>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, ResponseObject>; examples: Record<string, { value: unknown }> };
}
interface ResponseObject {
  $ref?: string;
  content?: Record<string, { schema?: unknown; examples?: Record<string, { $ref?: string; value?: unknown }> }>;
}

const DOCUMENT_ID = 'https://openapi.invalid/api.github.com.json';
let loaded: { doc: OpenApiDocument; ajv: Ajv; validators: Map<string, ValidateFunction | null> } | undefined;

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const doc = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as OpenApiDocument;
  const schemas = { $id: DOCUMENT_ID, components: { schemas: doc.components.schemas, responses: doc.components.responses }, paths: doc.paths };
  allowKnownGaps(doc.components.schemas);
  allowNullAttestationBundle(doc.paths);
  toJsonSchema(schemas);
  // OpenAPI 3.0 schemas are a draft-04/05 dialect: Ajv's default (draft-07) reads them once
  // `nullable` is rewritten; unknown keywords (example, x-github…) and formats are ignored.
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema(schemas);
  loaded = { doc, ajv, validators: new Map() };
  return loaded;
}

/**
 * Where GitHub sends what its description forbids, and the adapter must cope: each gap is
 * named with its report, so the fake can still answer it and nothing else slips through.
 * - pull-request head.repo/label/user are null once the fork (or its owner) is deleted:
 *   github/rest-api-description#424 (fixed once, absent again in this snapshot), #1811, #5562.
 */
function allowKnownGaps(schemas: Record<string, unknown>): void {
  const head = (schemas['pull-request'] as { properties: { head: { properties: Record<string, Record<string, unknown>> } } }).properties.head.properties;
  for (const key of ['repo', 'label', 'user']) head[key] = { ...head[key], nullable: true };
}

/**
 * A listed attestation's `bundle` is `null` when GitHub serves it by `bundle_url` instead
 * (snappy-compressed on blob storage): denoland/clawpatrol#769, 2026-07; the description
 * still types it as an object.
 */
function allowNullAttestationBundle(paths: OpenApiDocument['paths']): void {
  const response = paths['/repos/{owner}/{repo}/attestations/{subject_digest}']?.['get']?.responses?.['200'];
  const schema = response?.content?.['application/json']?.schema as { properties: { attestations: { items: { properties: Record<string, Record<string, unknown>> } } } } | undefined;
  const item = schema?.properties.attestations.items.properties;
  if (item?.['bundle']) item['bundle'] = { ...item['bundle'], nullable: true };
}

// `nullable: true` is OpenAPI 3.0 only: rewrite it as JSON Schema's union with null.
function toJsonSchema(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(toJsonSchema);
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) if (key !== 'examples' && key !== 'example') toJsonSchema(value);
  if (record['nullable'] !== true) return;
  delete record['nullable'];
  if ('$ref' in record || 'allOf' in record || 'anyOf' in record || 'oneOf' in record) {
    const copy = { ...record };
    for (const key of Object.keys(record)) delete record[key];
    record['anyOf'] = [copy, { type: 'null' }];
  } else if (typeof record['type'] === 'string') {
    record['type'] = [record['type'], 'null'];
    if (Array.isArray(record['enum'])) record['enum'] = [...(record['enum'] as unknown[]), null];
  }
}

const pointer = (s: string) => s.replace(/~/gu, '~0').replace(/\//gu, '~1');

// The response object for an operation and status, following a components/responses $ref.
function responseOf(method: string, template: string, status: number): { ref: string; response: ResponseObject } | undefined {
  const { doc } = load();
  const op = doc.paths[template]?.[method.toLowerCase()];
  const response = op?.responses?.[String(status)];
  if (!response) return undefined;
  if (response.$ref) {
    const name = response.$ref.split('/').pop()!;
    return { ref: `#/components/responses/${pointer(name)}`, response: doc.components.responses[name]! };
  }
  return { ref: `#/paths/${pointer(template)}/${method.toLowerCase()}/responses/${status}`, response };
}

/** True when the description has this operation (used to check route constants). */
export function hasOperation(method: string, template: string): boolean {
  return load().doc.paths[template]?.[method.toLowerCase()] !== undefined;
}

/**
 * Validates a response body against the operation's schema for that status. Returns the
 * problems found, empty when valid; an undocumented status is a problem too.
 */
export function validateResponse(method: string, template: string, status: number, body: unknown): string[] {
  const state = load();
  const key = `${method} ${template} ${status}`;
  if (isUndocumentedAnswer(method, template, status)) return validateBasicError(state, key, body);
  if (!state.validators.has(key)) {
    const found = responseOf(method, template, status);
    const hasSchema = found?.response.content?.['application/json']?.schema !== undefined;
    state.validators.set(key, found && hasSchema ? state.ajv.compile({ $ref: `${DOCUMENT_ID}${found.ref}/content/application~1json/schema` }) : null);
    if (!found) return [`${key}: status ${status} is not documented for this operation`];
  }
  const validate = state.validators.get(key);
  if (!validate) return responseOf(method, template, status) ? [] : [`${key}: status ${status} is not documented for this operation`];
  if (validate(body)) return [];
  return (validate.errors ?? []).slice(0, 5).map((e) => `${key}: ${e.instancePath || '(body)'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`);
}

// GitHub's known undocumented answers (undocumented-answers.ts) carry its basic error body.
function validateBasicError(state: NonNullable<typeof loaded>, key: string, body: unknown): string[] {
  if (!state.validators.has('basic-error')) state.validators.set('basic-error', state.ajv.compile({ $ref: `${DOCUMENT_ID}#/components/schemas/basic-error` }));
  const validate = state.validators.get('basic-error')!;
  if (validate(body) && typeof (body as { message?: unknown }).message === 'string') return [];
  return [`${key}: (body) is not GitHub's basic error ${JSON.stringify(validate.errors ?? [])}`];
}

/** A deep copy of a documented example answer, the starting point of every fake body. */
export function exampleOf(method: string, template: string, status: number, name?: string): unknown {
  const { doc } = load();
  const examples = responseOf(method, template, status)?.response.content?.['application/json']?.examples ?? {};
  const example = name ? examples[name] : Object.values(examples)[0];
  if (!example) throw new Error(`no example for ${method} ${template} ${status}${name ? ` (${name})` : ''}`);
  const value = example.$ref ? doc.components.examples[example.$ref.split('/').pop()!]?.value : example.value;
  return structuredClone(value);
}
