import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ProvenanceError } from '../errors.js';

/**
 * Resolves a workspace-relative file to its real path, refusing a file whose symlinks lead
 * outside the workspace (a link to `~/.ssh/id_rsa` must not become a signed subject) and
 * anything that is not a regular file. `root` must already be a real path.
 */
export async function resolveInsideWorkspace(root: string, name: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(resolve(root, name));
  } catch (error) {
    throw unreadable(name, describe(error), error);
  }
  if (!isInside(root, real)) {
    throw new ProvenanceError('PROVENANCE_SYMLINK_ESCAPES', `subject ${JSON.stringify(name)} resolves outside the workspace (to ${real}); expected a file under ${root}`, { location: { subject: name } });
  }
  const info = await stat(real).catch((error: unknown) => {
    throw unreadable(name, describe(error), error);
  });
  if (!info.isFile()) throw unreadable(name, 'it is not a regular file');
  return real;
}

/** True when `path` is `root` itself or below it; both must be real, absolute paths. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file (or a dangling symlink)';
  return code ?? String(error);
}

function unreadable(name: string, why: string, cause?: unknown): ProvenanceError {
  return new ProvenanceError('PROVENANCE_SUBJECT_UNREADABLE', `subject ${JSON.stringify(name)} could not be read: ${why}`, { cause, location: { subject: name } });
}
