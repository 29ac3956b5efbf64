import { createHash } from 'node:crypto';

/**
 * The git blob SHA-1 of a file's bytes (`git hash-object`): what GitHub's contents API
 * answers as `sha`, so an audit event names the same policy whichever source read it.
 */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
