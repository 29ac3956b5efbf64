import { gitBlobSha } from '@ringfence/core';
import type { PolicySource } from '@ringfence/guard';
import { GitHubBaseFileReader, readFileAtRef } from '@ringfence/github';
import type { GitHubClient, RepoRef } from '@ringfence/github';
import { POLICY_PATHS, PolicyError, combinePolicies, defaultPolicy, loadOrgPolicy, loadPolicy, singleLayer } from '@ringfence/policy';
import type { CompiledPolicy, LayeredPolicy } from '@ringfence/policy';

export interface OrgPolicyLocation extends RepoRef {
  readonly path: string;
  readonly ref: string;
}

export interface ReadPolicies {
  readonly policy: LayeredPolicy;
  readonly repository: CompiledPolicy;
  readonly sources: PolicySource[];
}

/**
 * The repository policy at the base commit (both file names read; both present is an
 * error), and the org policy at its ref when one is configured. Any read or parse failure
 * throws: the caller turns it into an error verdict, never a default.
 */
export async function readPolicies(client: GitHubClient, repo: RepoRef, baseSha: string, org: OrgPolicyLocation | undefined): Promise<ReadPolicies> {
  // Through the git tree of the base commit: "absent" is what the tree says, never a 404
  // (the contents API also answers 404 for paths under a symlink or a submodule).
  const reader = new GitHubBaseFileReader(client, repo, baseSha);
  const files = await Promise.all(POLICY_PATHS.map(async (path) => ({ path, bytes: await reader.readFile(path) })));
  const present = files.filter((f): f is { path: (typeof POLICY_PATHS)[number]; bytes: Uint8Array } => f.bytes !== undefined);
  if (present.length > 1) {
    throw new PolicyError([{ code: 'POLICY_AMBIGUOUS', file: present.map((f) => f.path).join(' and '), line: 0, column: 0, pointer: '', message: 'both policy files exist at the base commit', expected: 'exactly one' }]);
  }
  const [file] = present;
  const repository = file ? loadPolicy(file.bytes, file.path) : defaultPolicy();
  const sources: PolicySource[] = [{ layer: 'repository', file: file?.path, blobSha: file ? gitBlobSha(file.bytes) : undefined, ref: baseSha }];
  if (!org) return { policy: singleLayer(repository), repository, sources };
  const orgBytes = await readFileAtRef(client, { owner: org.owner, repo: org.repo }, org.ref, org.path);
  const where = `${org.owner}/${org.repo}/${org.path}@${org.ref}`;
  if (!orgBytes) throw new PolicyError([{ code: 'POLICY_NOT_FOUND', file: where, line: 0, column: 0, pointer: '', message: 'the org policy does not exist (or this token cannot read it)', expected: 'a readable org policy file' }]);
  const orgPolicy = loadOrgPolicy(orgBytes, where);
  sources.unshift({ layer: 'org', file: where, blobSha: gitBlobSha(orgBytes), ref: org.ref });
  return { policy: combinePolicies(orgPolicy, repository), repository, sources };
}
