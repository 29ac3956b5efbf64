import type { BaseFileReader } from '../../src/ports.js';

/** A BaseFileReader over an in-memory base commit, counting what it is asked. */
export interface MemoryReader extends BaseFileReader {
  readonly calls: string[];
}

/** Builds a test double of the base commit from `path: text` pairs. */
export function memoryReader(files: Readonly<Record<string, string | Uint8Array>>): MemoryReader {
  const calls: string[] = [];
  return {
    calls,
    readFile(path) {
      calls.push(`read ${path}`);
      const content = Object.hasOwn(files, path) ? files[path] : undefined;
      return Promise.resolve(typeof content === 'string' ? new TextEncoder().encode(content) : content);
    },
    listFiles(dir) {
      calls.push(`list ${dir}`);
      return Promise.resolve(Object.keys(files).filter((path) => parentOf(path) === dir));
    },
  };
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** Lines of YAML joined, so that tests can count lines at a glance. */
export function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}
