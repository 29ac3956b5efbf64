import { discoverExecutedFiles } from '../../src/discover/discover-executed-files.js';
import type { BaseFileReader } from '../../src/ports.js';
import { memoryReader } from './memory-reader.js';

export const CI = '.github/workflows/ci.yml';
export const MISSING = ' (not in the base commit)';

/** Discovery over an in-memory base commit, as `[path, from]` and `[code, message]` pairs. */
export async function discover(files: Record<string, string | Uint8Array> | BaseFileReader): Promise<{ files: [string, string][]; warnings: [string, string][] }> {
  const reader = 'readFile' in files && typeof files.readFile === 'function' ? (files as BaseFileReader) : memoryReader(files as Record<string, string>);
  const result = await discoverExecutedFiles(reader);
  return { files: result.files.map((f) => [f.path, f.from]), warnings: result.warnings.map((w) => [w.code, w.message]) };
}
