import type { BaseFileReader } from '@ringfence/guard';
import { readFilesAtCommit } from './read-blobs.js';

/** Reads files of one commit through git objects (policy, workflows, scripts). */
export class GitBaseFileReader implements BaseFileReader {
  constructor(
    private readonly repo: string,
    private readonly commit: string,
  ) {}

  async readFile(path: string): Promise<Uint8Array | undefined> {
    return (await readFilesAtCommit(this.repo, this.commit, [path])).get(path);
  }
}
