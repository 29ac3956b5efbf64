import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import type { PolicyErrorCode, PolicyProblem } from './errors.js';

export const MAX_POLICY_BYTES = 1024 * 1024;
/** Aliases a policy may expand; more is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 20;

/** A parsed YAML document that can locate any JSON pointer in its source. */
export interface LocatedDocument {
  readonly value: unknown;
  /** 1-based line and column of the value (or, with `key`, the key) at `pointer`. */
  locate(pointer: string, key?: boolean): { line: number; column: number };
}

type Result = { ok: true; document: LocatedDocument } | { ok: false; problems: [PolicyProblem, ...PolicyProblem[]] };

/** Bytes to a located YAML value: size cap, strict UTF-8, one document, unique keys, alias cap. */
export function parseYaml(input: Uint8Array | string, file: string): Result {
  const fail = (code: PolicyErrorCode, message: string, line = 0, column = 0, extra: Partial<PolicyProblem> = {}): Result => ({
    ok: false,
    problems: [{ code, file, line, column, pointer: '', message, ...extra }],
  });
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_POLICY_BYTES) return fail('POLICY_TOO_LARGE', `policy file is ${size} bytes`, 0, 0, { expected: `at most ${MAX_POLICY_BYTES} bytes` });
  const text = typeof input === 'string' ? input : decodeUtf8(input);
  if (typeof text !== 'string') return fail('POLICY_ENCODING', `invalid UTF-8 byte 0x${text.byte.toString(16)}`, text.line, text.column, { expected: 'a UTF-8 text file' });

  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2' });
  const list = Array.isArray(documents) ? documents : [];
  if (list.length > 1) {
    const pos = lineCounter.linePos(list[1]!.range[0]);
    return fail('POLICY_PARSE_ERROR', 'more than one YAML document in the policy file', pos.line, pos.col, { expected: 'a single document' });
  }
  const doc = list[0];
  if (!doc) return fail('POLICY_SCHEMA_ERROR', 'the policy file is empty', 0, 0, { expected: 'a mapping with at least `version: 1`' });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = lineCounter.linePos(yamlError.pos[0]);
    const code: PolicyErrorCode = yamlError.code === 'DUPLICATE_KEY' ? 'POLICY_DUPLICATE_KEY' : 'POLICY_PARSE_ERROR';
    return fail(code, firstLine(yamlError.message), pos.line, pos.col);
  }
  const unresolved = findUnresolvedAlias(doc);
  if (unresolved !== undefined) {
    const pos = lineCounter.linePos(unresolved.offset);
    return fail('POLICY_PARSE_ERROR', `alias *${unresolved.name} has no anchor &${unresolved.name} before it (a glob starting with * must be quoted)`, pos.line, pos.col, { expected: 'a quoted string such as "*.tf"' });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return fail('POLICY_ALIAS_LIMIT', 'YAML aliases expand to too many nodes', 0, 0, { expected: `at most ${MAX_ALIAS_COUNT} alias expansions (write the values out instead)` });
  }
  return { ok: true, document: { value, locate: (pointer, key = false) => locate(doc, lineCounter, pointer, key) } };
}

function locate(doc: Document, lineCounter: LineCounter, pointer: string, key: boolean): { line: number; column: number } {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc.contents;
  let offset = doc.contents?.range?.[0] ?? 0;
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) break;
      const target = last && key ? pair.key : pair.value;
      offset = (target as Node | null)?.range?.[0] ?? (pair.key as Node).range?.[0] ?? offset;
      node = target;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

// `*.tf` unquoted is an alias in YAML; name it where it stands rather than fail later.
function findUnresolvedAlias(doc: Document): { name: string; offset: number } | undefined {
  let found: { name: string; offset: number } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (found || (isAlias(node) && node.resolve(doc) !== undefined)) return;
      found = { name: node.source, offset: node.range?.[0] ?? 0 };
      return visit.BREAK;
    },
  });
  return found;
}

function decodeUtf8(bytes: Uint8Array): string | { byte: number; line: number; column: number } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    return locateBadByte(bytes);
  }
}

// Finds the first byte that breaks UTF-8 by decoding growing prefixes in streaming mode.
function locateBadByte(bytes: Uint8Array): { byte: number; line: number; column: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; i++) {
    try {
      const chunk = decoder.decode(bytes.subarray(i, i + 1), { stream: true });
      for (const ch of chunk) {
        if (ch === '\n') {
          line++;
          column = 1;
        } else column++;
      }
    } catch {
      return { byte: bytes[i]!, line, column };
    }
  }
  return { byte: bytes[bytes.length - 1] ?? 0, line, column };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
