import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Document, Node } from 'yaml';
import type { SourcePosition, WorkflowProblem } from './types.js';

/** Workflow and action files larger than this are not parsed. */
export const MAX_YAML_BYTES = 1024 * 1024;
/** Alias expansions a file may use; more is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/** A key or an index on the way from the document root to a node. */
export type YamlPath = readonly (string | number)[];

/** A parsed YAML document that can say where any value came from. */
export interface LocatedYaml {
  readonly value: unknown;
  /** 1-based position of the value at `path` (of its key with `key`), else undefined. */
  positionOf(path: YamlPath, key?: boolean): SourcePosition | undefined;
  /**
   * The source line of the first line of the string at `path` when every line of the
   * string sits on its own source line (a `|` block, or a one-line scalar); else undefined.
   */
  firstContentLineOf(path: YamlPath): number | undefined;
}

type ParseResult = { readonly ok: true; readonly yaml: LocatedYaml } | { readonly ok: false; readonly problem: WorkflowProblem };

/**
 * Text to a located YAML value: size cap, strict UTF-8, one document, unique keys, alias
 * cap. Never throws: hostile input (deep nesting, alias bombs) comes back as a problem.
 */
export function parseLocatedYaml(input: Uint8Array | string, file: string): ParseResult {
  const fail = (message: string, position: SourcePosition = { line: 0, column: 0 }): ParseResult => ({
    ok: false,
    problem: { file, ...position, message },
  });
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_YAML_BYTES) return fail(`the file is ${size} bytes, more than the ${MAX_YAML_BYTES} bytes discovery reads`);
  const text = typeof input === 'string' ? input : decodeUtf8(input);
  if (text === undefined) return fail('the file is not valid UTF-8');
  try {
    return parseText(text, fail);
  } catch (error) {
    // The YAML library recurses per nesting level; a stack overflow is a hostile file, not a crash.
    return fail(`the file cannot be parsed: ${firstLine(error instanceof Error ? error.message : String(error))}`);
  }
}

function parseText(text: string, fail: (message: string, position?: SourcePosition) => ParseResult): ParseResult {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2' });
  const list = Array.isArray(documents) ? documents : [];
  const at = (offset: number): SourcePosition => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (list.length > 1) return fail('more than one YAML document in the file', at(list[1]!.range[0]));
  const doc = list[0];
  if (!doc) return fail('the file is empty');
  const yamlError = doc.errors[0];
  if (yamlError) return fail(firstLine(yamlError.message), at(yamlError.pos[0]));
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return fail(`${firstLine((error as Error).message)} (at most ${MAX_ALIAS_COUNT} alias expansions)`);
  }
  return {
    ok: true,
    yaml: {
      value,
      positionOf: (path, key = false) => {
        const found = findNode(doc, path, key);
        return found?.range ? at(found.range[0]) : undefined;
      },
      firstContentLineOf: (path) => firstContentLine(findNode(doc, path, false), at),
    },
  };
}

// Walks keys and indexes from the root, following aliases to their anchors.
function findNode(doc: Document, path: YamlPath, key: boolean): Node | undefined {
  let node: unknown = doc.contents;
  for (const [i, segment] of path.entries()) {
    node = isAlias(node) ? node.resolve(doc) : node;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return undefined;
      node = key && i === path.length - 1 ? pair.key : pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else return undefined;
  }
  node = isAlias(node) ? node.resolve(doc) : node;
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

function firstContentLine(node: Node | undefined, at: (offset: number) => SourcePosition): number | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const start = at(node.range[0]).line;
  // A literal block's content starts on the line after its `|` header, one source line per line.
  if (node.type === 'BLOCK_LITERAL') return start + 1;
  return at(node.range[1]).line === start ? start : undefined;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
