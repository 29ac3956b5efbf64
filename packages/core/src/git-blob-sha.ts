import { createHash } from 'node:crypto';

/**
 * The git object id of a file's bytes (SHA-1 object format), the same value the GitHub
 * API reports as a blob's `sha`, so a verdict names exactly which policy it used.
 */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
