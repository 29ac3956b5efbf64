import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { ProvenanceError } from '../errors.js';
import { normalizeSubjectName } from './subject.js';

/**
 * The workspace-relative files a pattern names. A pattern without glob characters names one
 * file (checked later, so a missing one is "unreadable", not "unmatched"). Globs use the
 * project's one dialect: picomatch, anchored, `*` never crosses `/`, dotfiles included.
 * Only the pattern's static base directory is walked; symlinked directories are not
 * descended (no loops), symlinked files are listed and checked by their real path later.
 */
export async function matchFiles(root: string, pattern: string): Promise<string[]> {
  const glob = checkPattern(pattern);
  const scan = picomatch.scan(glob);
  if (!scan.isGlob) return [normalizeSubjectName(glob)];
  const isMatch = picomatch(glob, { dot: true });
  const found: string[] = [];
  const pending = [scan.base];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const entry of await listDirectory(root, dir, pattern)) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) pending.push(rel);
      else if (entry.isFile() && isMatch(rel)) found.push(rel);
      else if (entry.isSymbolicLink() && isMatch(rel) && !(await isDirectory(join(root, rel)))) found.push(rel);
    }
  }
  return found;
}

// Patterns are relative to the workspace and stay in it: no absolute paths, no `..`.
function checkPattern(pattern: string): string {
  const glob = pattern.replace(/^(?:\.\/)+/u, '');
  const parts = glob.split('/');
  if (glob === '' || glob.startsWith('/') || /^[A-Za-z]:[\\/]/u.test(pattern) || parts.includes('..')) {
    throw new ProvenanceError('PROVENANCE_PATTERN_INVALID', `pattern ${JSON.stringify(pattern)} is refused: expected a glob relative to the workspace, without .. or a leading /`, { location: { subject: pattern } });
  }
  return glob;
}

// A symlink to a directory is never a subject; a dangling one is kept so it fails loudly later.
async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isDirectory(), () => false);
}

// A base directory that does not exist simply matches nothing.
async function listDirectory(root: string, dir: string, pattern: string): Promise<Dirent[]> {
  try {
    return await readdir(join(root, dir), { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw new ProvenanceError('PROVENANCE_SUBJECT_UNREADABLE', `directory ${JSON.stringify(dir)} (for pattern ${JSON.stringify(pattern)}) could not be read: ${code ?? String(error)}`, { cause: error, location: { subject: pattern } });
  }
}
