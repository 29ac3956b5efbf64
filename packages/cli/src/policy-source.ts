import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RingfenceError, gitBlobSha } from '@ringfence/core';
import { readFilesAtCommit } from '@ringfence/git';
import { POLICY_PATHS, PolicyError, defaultPolicy, loadPolicy } from '@ringfence/policy';
import type { CompiledPolicy } from '@ringfence/policy';

/** A compiled policy and where it came from (undefined file: the built-in default). */
export interface LoadedPolicy {
  readonly policy: CompiledPolicy;
  readonly file: string | undefined;
  readonly blobSha: string | undefined;
}

export class PolicyFileError extends RingfenceError<'POLICY_FILE_MISSING' | 'POLICY_FILE_UNREADABLE'> {}

/** The policy named by `--policy FILE`; a missing file is a runtime error (exit 2). */
export async function readPolicyFile(file: string): Promise<LoadedPolicy> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PolicyFileError('POLICY_FILE_MISSING', `policy file not found: ${file}`);
    throw new PolicyFileError('POLICY_FILE_UNREADABLE', `cannot read policy file ${file}: ${(error as Error).message}`, { cause: error });
  }
  return { policy: loadPolicy(bytes, file), file, blobSha: gitBlobSha(bytes) };
}

/** The policy in a work tree (`.github/ringfence.yml` or `.yaml`), or the default when neither exists. */
export async function readWorkTreePolicy(root: string): Promise<LoadedPolicy> {
  const present: string[] = [];
  for (const path of POLICY_PATHS) {
    if (await stat(join(root, path)).then((s) => s.isFile(), () => false)) present.push(path);
  }
  return choose(present, async (path) => readPolicyFile(join(root, path)));
}

/** The policy as committed at `commit`, read from git objects, never from the work tree. */
export async function readCommittedPolicy(repo: string, commit: string): Promise<LoadedPolicy> {
  const files = await readFilesAtCommit(repo, commit, [...POLICY_PATHS]);
  const present = POLICY_PATHS.filter((path) => files.get(path) !== undefined);
  return choose(present, (path) => {
    const bytes = files.get(path)!;
    return Promise.resolve({ policy: loadPolicy(bytes, path), file: path, blobSha: gitBlobSha(bytes) });
  });
}

async function choose(present: readonly string[], load: (path: string) => Promise<LoadedPolicy>): Promise<LoadedPolicy> {
  if (present.length > 1) {
    throw new PolicyError([{ code: 'POLICY_AMBIGUOUS', file: present.join(' and '), line: 0, column: 0, pointer: '', message: 'both policy files exist; ringfence would not know which one applies', expected: 'exactly one of .github/ringfence.yml and .github/ringfence.yaml' }]);
  }
  const [path] = present;
  return path === undefined ? { policy: defaultPolicy(), file: undefined, blobSha: undefined } : load(path);
}
