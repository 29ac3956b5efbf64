/**
 * Paths in a change are chosen by whoever wrote it. Before one reaches a terminal, a job
 * summary or an annotation, control characters (newlines, ESC, bidi overrides) are shown
 * as escapes so that a path cannot forge lines or hide itself.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\\]/gu;

export function escapeUntrusted(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    if (ch === '\\') return '\\\\';
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return `\\u{${ch.codePointAt(0)!.toString(16)}}`;
  });
}
