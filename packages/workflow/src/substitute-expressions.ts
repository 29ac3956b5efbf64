/**
 * GitHub evaluates `${{ … }}` before a shell ever sees a script, so a known expression is
 * replaced textually, exactly where it stands, whatever the shell's quoting. Keys are
 * expressions such as `github.workspace`, compared without case or surrounding spaces (as
 * GitHub compares context names); unknown expressions are left as written.
 */
export function substituteExpressions(text: string, values: Readonly<Record<string, string>>): string {
  const known = new Map(Object.entries(values).map(([key, value]) => [key.toLowerCase(), value]));
  let out = '';
  let from = 0;
  // indexOf scanning keeps this linear even for a file full of unterminated `${{`.
  for (let start = text.indexOf('${{'); start !== -1; start = text.indexOf('${{', from)) {
    const end = text.indexOf('}}', start + 3);
    if (end === -1) break;
    const value = known.get(text.slice(start + 3, end).trim().toLowerCase());
    out += text.slice(from, start) + (value ?? text.slice(start, end + 2));
    from = end + 2;
  }
  return out + text.slice(from);
}
