import { atExpression, readBackticks, readDollar, readExpression } from './scan-expansion.js';
import type { ScanState, WordBuilder } from './scan-expansion.js';
import type { ShellOperatorText, ShellRedirect, ShellToken, ShellWord, TokenizeOptions } from './shell-tokens.js';

const OPERATORS: readonly ShellOperatorText[] = [';;&', '&&', '||', ';;', ';&', '|&', '&', '|', ';', '(', ')'];
const REDIRECTS = ['<<<', '<<-', '&>>', '<<', '>>', '<&', '>&', '&>', '<>', '>|', '<', '>'];
const WORD_END = new Set([' ', '\t', '\r', '\n', ';', '&', '|', '(', ')', '<', '>']);

type PendingHeredoc = { readonly token: { -readonly [K in keyof ShellRedirect]: ShellRedirect[K] }; readonly delimiter: string; readonly stripTabs: boolean };

/**
 * Splits a script into words, operators and redirections the way a shell reads it
 * (quotes, escapes, `$…` expansions, command substitutions, comments, here-documents),
 * without running or expanding anything it does not know. Never throws: unterminated
 * quotes and substitutions end at the end of the text.
 */
export function tokenizeShell(script: string, options: TokenizeOptions = {}): ShellToken[] {
  const state: ScanState = { text: script, dialect: options.dialect ?? 'posix', variables: options.variables ?? {}, pos: 0, line: 1 };
  const tokens: ShellToken[] = [];
  const heredocs: PendingHeredoc[] = [];
  while (state.pos < script.length) {
    const ch = script[state.pos]!;
    const escape = escapeChar(state);
    if (ch === ' ' || ch === '\t' || ch === '\r') state.pos++;
    else if (ch === '\n') {
      tokens.push({ kind: 'operator', op: '\n', line: state.line });
      state.pos++;
      state.line++;
      readHeredocBodies(state, heredocs.splice(0));
    } else if (ch === '#') skipLine(state);
    else if (state.dialect === 'powershell' && script.startsWith('<#', state.pos)) skipBlockComment(state);
    else if (ch === escape && newlineAt(script, state.pos + 1) > 0) continueLine(state, 1);
    else readToken(state, tokens, heredocs);
  }
  return tokens;
}

function readToken(state: ScanState, tokens: ShellToken[], heredocs: PendingHeredoc[]): void {
  const redirect = REDIRECTS.find((r) => state.text.startsWith(r, state.pos));
  if (redirect) {
    const token: PendingHeredoc['token'] = { kind: 'redirect', op: redirect, line: state.line };
    state.pos += redirect.length;
    tokens.push(token);
    if (redirect === '<<' || redirect === '<<-') readHeredocDelimiter(state, token, heredocs);
    return;
  }
  const op = OPERATORS.find((o) => state.text.startsWith(o, state.pos));
  if (op) {
    tokens.push({ kind: 'operator', op, line: state.line });
    state.pos += op.length;
    return;
  }
  const start = state.pos;
  const word = readWord(state);
  // `2>file`: a number right before a redirection names a file descriptor, not a word.
  const isDescriptor = /^\d+$/u.test(state.text.slice(start, state.pos)) && '<>'.includes(state.text[state.pos] ?? ' ');
  if (!isDescriptor) tokens.push(word);
}

function readWord(state: ScanState): ShellWord {
  const { text } = state;
  const line = state.line;
  const start = state.pos;
  const word: WordBuilder = { text: '', resolved: true, pattern: false, substitutions: [] };
  while (state.pos < text.length && !WORD_END.has(text[state.pos]!)) {
    const ch = text[state.pos]!;
    if (ch === escapeChar(state)) readEscaped(state, word);
    else if (ch === "'") readSingleQuoted(state, word);
    else if (ch === '"') readDoubleQuoted(state, word);
    else if (ch === '$') readDollar(state, word);
    else if (ch === '`') readBackticks(state, word);
    else if (ch === '~' && state.pos === start && state.dialect === 'posix' && '/ \t\n;&|()<>'.includes(text[state.pos + 1] ?? ' ')) {
      // A leading `~` is the home directory: outside the repository, and unknown.
      word.text += ch;
      word.resolved = false;
      state.pos++;
    } else {
      if (ch === '*' || ch === '?' || ch === '[') word.pattern = true;
      word.text += ch;
      state.pos++;
    }
  }
  // `[` and `[[` are the test commands, not patterns.
  const pattern = word.pattern && word.text !== '[' && word.text !== '[[';
  return { kind: 'word', text: word.text, line, resolved: word.resolved, pattern, substitutions: word.substitutions };
}

function readEscaped(state: ScanState, word: WordBuilder): void {
  const newline = newlineAt(state.text, state.pos + 1);
  if (newline > 0) return continueLine(state, 1);
  word.text += state.text[state.pos + 1] ?? state.text[state.pos];
  state.pos = Math.min(state.pos + 2, state.text.length);
}

function readSingleQuoted(state: ScanState, word: WordBuilder): void {
  const { text } = state;
  state.pos++;
  while (state.pos < text.length) {
    const ch = text[state.pos]!;
    if (ch === "'") {
      // PowerShell writes a quote inside single quotes as two quotes.
      if (state.dialect === 'powershell' && text[state.pos + 1] === "'") {
        word.text += "'";
        state.pos += 2;
        continue;
      }
      state.pos++;
      return;
    }
    // GitHub substitutes expressions before the shell runs, so quotes do not protect them.
    if (atExpression(state)) readExpression(state, word);
    else appendChar(state, word);
  }
}

function readDoubleQuoted(state: ScanState, word: WordBuilder): void {
  const { text } = state;
  state.pos++;
  while (state.pos < text.length) {
    const ch = text[state.pos]!;
    const next = text[state.pos + 1] ?? '';
    if (ch === '"') {
      if (state.dialect === 'powershell' && next === '"') {
        word.text += '"';
        state.pos += 2;
        continue;
      }
      state.pos++;
      return;
    }
    if (ch === escapeChar(state) && (state.dialect === 'powershell' || '$`"\\\n'.includes(next)) && next !== '') readEscaped(state, word);
    else if (ch === '$') readDollar(state, word);
    else if (ch === '`' && state.dialect === 'posix') readBackticks(state, word);
    else appendChar(state, word);
  }
}

function readHeredocDelimiter(state: ScanState, token: PendingHeredoc['token'], heredocs: PendingHeredoc[]): void {
  const { text } = state;
  while (text[state.pos] === ' ' || text[state.pos] === '\t') state.pos++;
  const start = state.pos;
  while (state.pos < text.length && !WORD_END.has(text[state.pos]!)) state.pos++;
  const delimiter = text.slice(start, state.pos).replace(/['"\\]/gu, '');
  if (delimiter !== '') heredocs.push({ token, delimiter, stripTabs: token.op === '<<-' });
}

// Here-document bodies start on the line after their redirection and end at the delimiter line.
function readHeredocBodies(state: ScanState, heredocs: readonly PendingHeredoc[]): void {
  const { text } = state;
  for (const heredoc of heredocs) {
    const lines: string[] = [];
    while (state.pos < text.length) {
      const end = text.indexOf('\n', state.pos);
      const lineEnd = end === -1 ? text.length : end;
      const content = text.slice(state.pos, lineEnd).replace(/\r$/u, '');
      state.pos = Math.min(lineEnd + 1, text.length);
      state.line++;
      if ((heredoc.stripTabs ? content.replace(/^\t+/u, '') : content) === heredoc.delimiter) break;
      lines.push(content);
    }
    heredoc.token.heredoc = lines.join('\n');
  }
}

function appendChar(state: ScanState, word: WordBuilder): void {
  const ch = state.text[state.pos]!;
  if (ch === '\n') state.line++;
  word.text += ch;
  state.pos++;
}

function continueLine(state: ScanState, escapeLength: number): void {
  state.pos += escapeLength + newlineAt(state.text, state.pos + escapeLength);
  state.line++;
}

function skipLine(state: ScanState): void {
  const end = state.text.indexOf('\n', state.pos);
  state.pos = end === -1 ? state.text.length : end;
}

function skipBlockComment(state: ScanState): void {
  const end = state.text.indexOf('#>', state.pos + 2);
  const stop = end === -1 ? state.text.length : end + 2;
  for (let i = state.text.indexOf('\n', state.pos); i !== -1 && i < stop; i = state.text.indexOf('\n', i + 1)) state.line++;
  state.pos = stop;
}

function escapeChar(state: ScanState): string {
  return state.dialect === 'posix' ? '\\' : '`';
}

// Length of the line break at `index` (`\n` or `\r\n`), 0 when there is none.
function newlineAt(text: string, index: number): number {
  if (text[index] === '\n') return 1;
  return text[index] === '\r' && text[index + 1] === '\n' ? 2 : 0;
}
