import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { tokenizeShell } from '../src/tokenize-shell.js';
import type { ShellToken, ShellWord } from '../src/shell-tokens.js';

const words = (tokens: readonly ShellToken[]): string[] => tokens.filter((t): t is ShellWord => t.kind === 'word').map((t) => t.text);
const shape = (tokens: readonly ShellToken[]): string[] => tokens.map((t) => (t.kind === 'word' ? `w:${t.text}` : t.kind === 'operator' ? `o:${t.op}` : `r:${t.op}`));
const quoteSingle = (word: string): string => `'${word.replace(/'/gu, `'\\''`)}'`;
const quoteDouble = (word: string): string => `"${word.replace(/[\\"$`]/gu, (ch) => `\\${ch}`)}"`;

describe('tokenizeShell splits like a POSIX shell', () => {
  it('splits on blanks and keeps operators apart', () => {
    expect(shape(tokenizeShell('a b&&c||d;e|f & g'))).toEqual(['w:a', 'w:b', 'o:&&', 'w:c', 'o:||', 'w:d', 'o:;', 'w:e', 'o:|', 'w:f', 'o:&', 'w:g']);
  });

  it('ends a command at a newline and numbers lines', () => {
    const tokens = tokenizeShell('one\n\ntwo three');
    expect(shape(tokens)).toEqual(['w:one', 'o:\n', 'o:\n', 'w:two', 'w:three']);
    expect(tokens.map((t) => t.line)).toEqual([1, 1, 2, 3, 3]);
  });

  it('removes quotes and escapes', () => {
    expect(words(tokenizeShell(`'a b' "c d" e\\ f "g\\"h" 'i'"j"k`))).toEqual(['a b', 'c d', 'e f', 'g"h', 'ijk']);
  });

  it('joins a line continued with a backslash', () => {
    const tokens = tokenizeShell('bash \\\n  x.sh\nnext');
    expect(shape(tokens)).toEqual(['w:bash', 'w:x.sh', 'o:\n', 'w:next']);
    expect(tokens[2]!.line).toBe(2);
  });

  it('skips comments but not a # inside a word', () => {
    expect(words(tokenizeShell('a#b # comment ./x.sh\nc'))).toEqual(['a#b', 'c']);
  });

  it('reads redirections and takes a file descriptor number with them', () => {
    expect(shape(tokenizeShell('cmd 2>&1 >out <in &>>log'))).toEqual(['w:cmd', 'r:>&', 'w:1', 'r:>', 'w:out', 'r:<', 'w:in', 'r:&>>', 'w:log']);
  });

  it('attaches here-document bodies and does not read them as commands', () => {
    const tokens = tokenizeShell("cat <<'EOF' > x\n./not-a-command.sh\nEOF\n./after.sh");
    expect(shape(tokens)).toEqual(['w:cat', 'r:<<', 'r:>', 'w:x', 'o:\n', 'w:./after.sh']);
    expect(tokens[1]).toMatchObject({ heredoc: './not-a-command.sh' });
    expect(tokens.at(-1)!.line).toBe(4);
  });

  it('strips leading tabs from the delimiter line of <<-', () => {
    const tokens = tokenizeShell('bash <<-END\n\t./a.sh\n\tEND\n./b.sh');
    expect(tokens[1]).toMatchObject({ kind: 'redirect', heredoc: '\t./a.sh' });
    expect(words(tokens)).toEqual(['bash', './b.sh']);
  });
});

describe('tokenizeShell marks what it cannot know', () => {
  it.each([
    ['$SCRIPT', '$SCRIPT'],
    ['"${DIR}/x.sh"', '${DIR}/x.sh'],
    ['$(pwd)/x.sh', '$(pwd)/x.sh'],
    ['`pwd`/x.sh', '`pwd`/x.sh'],
    ['${{ inputs.script }}', '${{ inputs.script }}'],
    ["'${{ inputs.script }}'", '${{ inputs.script }}'],
    ['~/x.sh', '~/x.sh'],
    ['$1', '$1'],
    ['$((1 + 2))', '$((1 + 2))'],
  ])('%s is unresolved and keeps its source text', (script, text) => {
    const [word] = tokenizeShell(script);
    expect(word).toMatchObject({ kind: 'word', text, resolved: false });
  });

  it('substitutes known variables, quoted or not', () => {
    const variables = { GITHUB_ACTION_PATH: '/github/workspace/act' };
    expect(tokenizeShell('"$GITHUB_ACTION_PATH/run.sh" ${GITHUB_ACTION_PATH}/b.sh', { variables })).toMatchObject([
      { text: '/github/workspace/act/run.sh', resolved: true },
      { text: '/github/workspace/act/b.sh', resolved: true },
    ]);
  });

  it('keeps $ literal inside single quotes and alone', () => {
    expect(tokenizeShell("'$HOME' a$ $")).toMatchObject([
      { text: '$HOME', resolved: true },
      { text: 'a$', resolved: true },
      { text: '$', resolved: true },
    ]);
  });

  it('collects the scripts of command substitutions', () => {
    const [assignment] = tokenizeShell('V="$(./version.sh --short)" `./b.sh`');
    expect(assignment).toMatchObject({ substitutions: ['./version.sh --short'] });
    expect(tokenizeShell('x `./b.sh`')[1]).toMatchObject({ substitutions: ['./b.sh'] });
  });

  it('flags unquoted glob characters but not the test command', () => {
    expect(tokenizeShell('./s/*.sh "./q*.sh" [ [[')).toMatchObject([{ pattern: true }, { pattern: false }, { pattern: false }, { pattern: false }]);
  });
});

describe('tokenizeShell in the PowerShell dialect', () => {
  it('keeps backslashes, escapes with a backtick and reads $env:', () => {
    const tokens = tokenizeShell('.\\scripts\\build.ps1 `"q`" $env:GITHUB_WORKSPACE\\x.ps1 $name', {
      dialect: 'powershell',
      variables: { GITHUB_WORKSPACE: '/w' },
    });
    expect(tokens).toMatchObject([
      { text: '.\\scripts\\build.ps1', resolved: true },
      { text: '"q"', resolved: true },
      { text: '/w\\x.ps1', resolved: true },
      { text: '$name', resolved: false },
    ]);
  });

  it("reads '' inside single quotes as one quote and skips block comments", () => {
    expect(words(tokenizeShell("'it''s' <# ./hidden.ps1\n #> ./shown.ps1", { dialect: 'powershell' }))).toEqual(["it's", './shown.ps1']);
  });
});

describe('tokenizeShell properties', () => {
  const word = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }).filter((w) => !w.includes('${{'));

  it('gives back single-quoted words', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (list) => {
        expect(words(tokenizeShell(list.map(quoteSingle).join(' ')))).toEqual(list);
      }),
    );
  });

  it('gives back double-quoted words, escapes included', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (list) => {
        const tokens = tokenizeShell(list.map(quoteDouble).join('\t'));
        expect(words(tokens)).toEqual(list);
        expect(tokens.every((t) => t.kind === 'word' && t.resolved)).toBe(true);
      }),
    );
  });

  it('gives back plain words joined by operators', () => {
    const plain = fc.stringMatching(/^[A-Za-z0-9_./-]{1,10}$/u).filter((w) => !w.startsWith('#') && !/^\d+$/u.test(w));
    const op = fc.constantFrom('&&', '||', ';', '|', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(plain, op), { minLength: 1, maxLength: 8 }), (pairs) => {
        const script = pairs.map(([w, o]) => `${w} ${o} `).join('');
        expect(words(tokenizeShell(script))).toEqual(pairs.map(([w]) => w));
      }),
    );
  });

  it('never throws, always ends, and keeps lines within the script', () => {
    const alphabet = fc.constantFrom(...'ab $\'"`\\(){}[]<>|&;#~*\n\t\r-=/.'.split(''), '${{', '}}', '$(', '<<', '<<-EOF\n', 'EOF');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join(''))), fc.constantFrom('posix' as const, 'powershell' as const), (script, dialect) => {
        const tokens = tokenizeShell(script, { dialect });
        const lines = script.split('\n').length;
        expect(tokens.every((t) => t.line >= 1 && t.line <= lines)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
