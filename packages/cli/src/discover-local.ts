import { discoverExecutedFiles } from '@ringfence/guard';
import type { BaseFileReader, DiscoveryResult } from '@ringfence/guard';

/** Files the base commit's workflows execute, read through git objects. */
export function discoverAtCommit(reader: BaseFileReader): Promise<DiscoveryResult> {
  return discoverExecutedFiles(reader);
}
