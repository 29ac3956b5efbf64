import type { ShellDialect } from './shell-tokens.js';

/** The cursor of one tokenizer run. */
export interface ScanState {
  readonly text: string;
  readonly dialect: ShellDialect;
  readonly variables: Readonly<Record<string, string>>;
  pos: number;
  line: number;
}

/** A word while it is being read. */
export interface WordBuilder {
  text: string;
  resolved: boolean;
  pattern: boolean;
  readonly substitutions: string[];
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/uy;
const POWERSHELL_ENV = /env:([A-Za-z_][A-Za-z0-9_]*)/iuy;
const SPECIAL_PARAMETER = /[0-9@*#?$!-]/uy;

/** True when a `${{ … }}` expression starts at the cursor. */
export function atExpression(state: ScanState): boolean {
  return state.text.startsWith('${{', state.pos);
}

/** Reads a `${{ … }}` that was not substituted: unknown until the workflow runs. */
export function readExpression(state: ScanState, word: WordBuilder): void {
  const close = state.text.indexOf('}}', state.pos + 3);
  keepUnresolved(state, word, close === -1 ? state.text.length : close + 2);
}

/** Reads what follows a `$`: a variable, an expression, a substitution or a literal `$`. */
export function readDollar(state: ScanState, word: WordBuilder): void {
  const { text, pos } = state;
  if (atExpression(state)) return readExpression(state, word);
  if (text.startsWith('$(', pos)) {
    const end = findClose(state, pos + 1, '(', ')');
    // `$((…))` is arithmetic: unknown, but it runs nothing.
    if (text[pos + 2] !== '(') word.substitutions.push(text.slice(pos + 2, end - 1));
    return keepUnresolved(state, word, end);
  }
  if (text.startsWith('${', pos)) {
    const end = findClose(state, pos + 1, '{', '}');
    const inner = text.slice(pos + 2, end - 1);
    const name = state.dialect === 'powershell' ? inner.replace(/^env:/iu, '') : inner;
    return substituteOrKeep(state, word, /^[A-Za-z_][A-Za-z0-9_]*$/u.test(name) ? name : undefined, end);
  }
  if (state.dialect === 'powershell') {
    const env = matchAt(POWERSHELL_ENV, text, pos + 1);
    if (env) return substituteOrKeep(state, word, env[1], pos + 1 + env[0].length);
  }
  const name = matchAt(NAME, text, pos + 1);
  if (name) return substituteOrKeep(state, word, state.dialect === 'posix' ? name[0] : undefined, pos + 1 + name[0].length);
  if (state.dialect === 'posix' && matchAt(SPECIAL_PARAMETER, text, pos + 1)) return keepUnresolved(state, word, pos + 2);
  if (state.dialect === 'posix' && text[pos + 1] === "'") return readAnsiQuoted(state, word);
  word.text += '$';
  state.pos++;
}

/** Reads a POSIX backtick substitution, whose script runs. */
export function readBackticks(state: ScanState, word: WordBuilder): void {
  const { text } = state;
  let body = '';
  let end = state.pos + 1;
  while (end < text.length && text[end] !== '`') {
    const next = text[end + 1] ?? '';
    if (text[end] === '\\' && '`$\\'.includes(next) && next !== '') {
      body += next;
      end += 2;
    } else body += text[end++];
  }
  word.substitutions.push(body);
  keepUnresolved(state, word, Math.min(end + 1, text.length));
}

// `$'…'`: C-like escapes; only the few that can appear in a path are decoded.
function readAnsiQuoted(state: ScanState, word: WordBuilder): void {
  const { text } = state;
  const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', "'": "'", '\\': '\\', '"': '"' };
  state.pos += 2;
  while (state.pos < text.length && text[state.pos] !== "'") {
    const ch = text[state.pos]!;
    if (ch === '\\' && state.pos + 1 < text.length) {
      const next = text[state.pos + 1]!;
      word.text += escapes[next] ?? `\\${next}`;
      state.pos += 2;
      continue;
    }
    if (ch === '\n') state.line++;
    word.text += ch;
    state.pos++;
  }
  state.pos = Math.min(state.pos + 1, text.length);
}

function substituteOrKeep(state: ScanState, word: WordBuilder, name: string | undefined, end: number): void {
  const value = name === undefined || !Object.hasOwn(state.variables, name) ? undefined : state.variables[name];
  if (value === undefined) return keepUnresolved(state, word, end);
  word.text += value;
  state.pos = end;
}

// Keeps the source text of a part discovery cannot know, so messages can show it.
function keepUnresolved(state: ScanState, word: WordBuilder, end: number): void {
  const raw = state.text.slice(state.pos, end);
  word.text += raw;
  word.resolved = false;
  state.line += countNewlines(raw);
  state.pos = end;
}

/**
 * The index just after the bracket that closes the one at `open`, skipping quoted text;
 * the end of the text when it is never closed.
 */
function findClose(state: ScanState, open: number, opening: string, closing: string): number {
  const { text } = state;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && state.dialect === 'posix') i++;
    else if (ch === "'") i = skipTo(text, i + 1, "'");
    else if (ch === '"') i = skipTo(text, i + 1, '"');
    else if (ch === opening) depth++;
    else if (ch === closing && --depth === 0) return i + 1;
  }
  return text.length;
}

function skipTo(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\' && quote === '"') i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** Number of `\n` in `text`. */
export function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
