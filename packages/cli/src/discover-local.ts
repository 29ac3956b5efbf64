import type { Warning } from '@ringfence/core';
import type { BaseFileReader } from '@ringfence/guard';

/** Files the base commit's workflows execute (filled in by guard discovery). */
export function discoverAtCommit(reader: BaseFileReader): Promise<{ files: { path: string; from: string }[]; warnings: Warning[] }> {
  void reader;
  return Promise.resolve({ files: [], warnings: [] });
}
