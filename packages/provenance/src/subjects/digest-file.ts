import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { ProvenanceError } from '../errors.js';

// 1 MiB reads: few enough calls that hashing, not the event loop, sets the pace, and small
// enough that memory stays flat whatever the file size.
const CHUNK_BYTES = 1 << 20;

/**
 * The sha256 of a file as lowercase hex, read as a stream so memory does not grow with the
 * file (a file of one chunk or less is read in one call: most subjects are small). `name` is
 * what errors call the file (the subject name, not the absolute path).
 */
export async function digestFile(path: string, name: string = path): Promise<string> {
  const hash = createHash('sha256');
  try {
    const file = await open(path, 'r');
    try {
      if ((await file.stat()).size <= CHUNK_BYTES) hash.update(await file.readFile());
      else for await (const chunk of file.createReadStream({ highWaterMark: CHUNK_BYTES, autoClose: false })) hash.update(chunk as Buffer);
    } finally {
      await file.close();
    }
  } catch (error) {
    throw new ProvenanceError('PROVENANCE_SUBJECT_UNREADABLE', `subject ${JSON.stringify(name)} could not be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error, location: { subject: name } });
  }
  return hash.digest('hex');
}
