import { readFile } from 'node:fs/promises';
import { UsageError } from '@ringfence/core';
import type { VerifyOptions, VerifyVerdict } from '@ringfence/provenance';
import { compileVerifyPolicy, digestFile, loadTrustedRoots, verifyProvenance } from '@ringfence/provenance';
import type { VerifyInputs } from '@ringfence/runner';

/**
 * The verify action: digest the artifact (or take its digest), read the bundle and the
 * trusted root, compile the expectations and verify. A refused bundle is a `blocked`
 * verdict; expectations that cannot be verified soundly, or unreadable files, throw.
 */
export async function runVerify(inputs: VerifyInputs): Promise<VerifyVerdict> {
  const subjectSha256 = 'digest' in inputs.subject ? inputs.subject.digest : await digestFile(inputs.subject.path);
  const bundle = await readFile(inputs.bundlePath, 'utf8').catch((error: unknown) => {
    throw new UsageError('USAGE_INVALID_VALUE', `input \`bundle\`: cannot read ${inputs.bundlePath} (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  });
  const { expectedRepository, expectedRepositoryId, expectedRef, expectedBuilder, expectedBuilderDigest, expectedRunnerEnvironment, expectedIssuer, expectedIdentity } = inputs;
  const options: VerifyOptions = {
    subjectSha256,
    ...(inputs.trustedRootPath === undefined ? {} : { trustedRoots: await loadTrustedRoots(inputs.trustedRootPath) }),
    ...given({ publicKeyPem: inputs.publicKey, expectedRepository, expectedRepositoryId, expectedRef, expectedBuilder, expectedBuilderDigest, expectedRunnerEnvironment, expectedIssuer, expectedIdentity }),
    requireApproval: inputs.requireApproval,
  };
  return verifyProvenance(bundle, compileVerifyPolicy(options));
}

// Only the inputs given: an empty input is no expectation (and exactOptionalPropertyTypes holds).
function given<T extends Record<string, string | undefined>>(values: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: string };
}
