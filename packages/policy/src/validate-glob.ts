import picomatch from 'picomatch';

/**
 * Why a glob can never match a repository path, or undefined when it can. Git paths are
 * relative, `/`-separated, with no empty, `.` or `..` segment; a glob that assumes anything
 * else would silently protect nothing.
 */
export function findGlobProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'a blank glob matches nothing';
  if (/[\u0000-\u001f\u007f]/u.test(glob)) return 'control characters never occur in a usable glob';
  if (glob.startsWith('!')) return 'negated globs are not supported; order the rings instead';
  if (glob.startsWith('/')) return 'globs are relative to the repository root: drop the leading "/"';
  if (glob.startsWith('./')) return 'globs are relative to the repository root: drop the leading "./"';
  if (glob.includes('\\')) return 'paths are "/"-separated in git: "\\" never matches';
  if (glob.includes('"')) return 'quotes have a meaning to the glob engine: write the path without them';
  if (glob.includes('[!')) return '"[!" is not a negated class in this dialect: write "[^...]"';
  const unbalanced = findUnbalanced(glob);
  if (unbalanced) return unbalanced;
  if (glob.endsWith('/')) return 'a trailing "/" matches nothing: write "dir/**" for everything below dir';
  const segments = glob.split('/');
  if (segments.some((s) => s === '')) return 'an empty path segment ("//") matches nothing';
  if (segments.some((s) => s === '.' || s === '..')) return '"." and ".." segments never occur in repository paths';
  try {
    picomatch.makeRe(glob, { dot: true });
  } catch (error) {
    return `not a valid glob: ${(error as Error).message}`;
  }
  return undefined;
}

// Brackets must pair up, and `|` may only separate alternatives inside `(...)`.
function findUnbalanced(glob: string): string | undefined {
  const open: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const ch of glob) {
    if (ch === '(' || ch === '[' || ch === '{') open.push(ch);
    else if (ch in pairs && open.pop() !== pairs[ch]) return `unbalanced "${ch}"`;
    else if (ch === '|' && !open.includes('(')) return '"|" outside "(...)" is not a pattern separator here: list the globs separately';
  }
  return open.length > 0 ? `unclosed "${open[open.length - 1]!}"` : undefined;
}

/**
 * True for a path as git reports it: relative, `/`-separated, no empty, `.` or `..`
 * segment. Anything else is refused before it reaches a matcher.
 */
export function isRepositoryPath(path: string): boolean {
  return path !== '' && !NOT_A_REPOSITORY_PATH.test(path);
}

// A leading or trailing `/`, an empty segment, or a `.` or `..` segment.
const NOT_A_REPOSITORY_PATH = /^\/|\/$|\/\/|(?:^|\/)\.{1,2}(?:\/|$)/u;

/** The one case fold used for both globs and paths (case-insensitive checkouts). */
export function foldCase(text: string): string {
  return text.toLowerCase();
}
