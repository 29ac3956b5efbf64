import { readFile } from 'node:fs/promises';
import { UsageError } from '@ringfence/core';
import { createAttestationSource } from '@ringfence/github';
import type { VerifyOptions, VerifyPolicy, VerifyVerdict } from '@ringfence/provenance';
import { MAX_BUNDLE_BYTES, compileVerifyPolicy, digestFile, fetchTrustedRootFromTuf, loadTrustedRoots, verifyFromSource, verifyProvenance } from '@ringfence/provenance';
import type { VerifyInputs } from '@ringfence/runner';

/**
 * The verify action: digest the artifact (or take its digest), read the bundle (or the
 * artifact's attestations from GitHub) and the trusted root, compile the expectations and
 * verify. A refused bundle is a `blocked` verdict; expectations that cannot be verified
 * soundly, unreadable files, or a GitHub that cannot give a complete answer, throw.
 */
export async function runVerify(inputs: VerifyInputs): Promise<VerifyVerdict> {
  const subjectSha256 = 'digest' in inputs.subject ? inputs.subject.digest : await digestFile(inputs.subject.path);
  const { expectedRepository, expectedRepositoryId, expectedRef, expectedBuilder, expectedBuilderDigest, expectedRunnerEnvironment, expectedIssuer, expectedIdentity } = inputs;
  const options: VerifyOptions = {
    subjectSha256,
    ...(await trustedRoots(inputs)),
    ...given({ publicKeyPem: inputs.publicKey, expectedRepository, expectedRepositoryId, expectedRef, expectedBuilder, expectedBuilderDigest, expectedRunnerEnvironment, expectedIssuer, expectedIdentity }),
    requireApproval: inputs.requireApproval,
    ...given({ expectedGuardAppId: inputs.expectedGuardAppId, expectedProtectedBranch: inputs.expectedProtectedBranch, expectedEnvironment: inputs.expectedEnvironment }),
    ...(inputs.allowUncheckedBypass ? { allowUncheckedBypass: true } : {}),
  };
  const policy = compileVerifyPolicy(options);
  return inputs.attestations ? verifyFromGitHub(inputs.attestations, policy) : verifyProvenance(await readBundle(inputs.bundlePath), policy);
}

// The `trusted-root` file, else the root fetched through TUF; a key-signed bundle needs neither unless a `tuf-*` input asks.
async function trustedRoots(inputs: VerifyInputs): Promise<Pick<VerifyOptions, 'trustedRoots'>> {
  if (inputs.trustedRootPath !== undefined) return { trustedRoots: await loadTrustedRoots(inputs.trustedRootPath) };
  if (inputs.publicKey !== undefined && !inputs.tuf.requested) return {};
  const { mirrorUrl, rootPath, cacheDir } = inputs.tuf;
  return { trustedRoots: [await fetchTrustedRootFromTuf({ cacheDir, ...(mirrorUrl === undefined ? {} : { mirrorUrl }), ...(rootPath === undefined ? {} : { rootPath }) })] };
}

function verifyFromGitHub(attestations: NonNullable<VerifyInputs['attestations']>, policy: VerifyPolicy): Promise<VerifyVerdict> {
  return verifyFromSource({ source: createAttestationSource(attestations) }, policy, { maxBundleBytes: MAX_BUNDLE_BYTES });
}

async function readBundle(path: string | undefined): Promise<string> {
  // defense in depth: the inputs hold a bundle path whenever they hold no attestations source
  if (path === undefined) throw new UsageError('USAGE_MISSING_ARGUMENT', 'input `bundle` is required unless `fetch-attestations` is true');
  return readFile(path, 'utf8').catch((error: unknown) => {
    throw new UsageError('USAGE_INVALID_VALUE', `input \`bundle\`: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  });
}

// Only the inputs given: an empty input is no expectation (and exactOptionalPropertyTypes holds).
function given<T extends Record<string, string | undefined>>(values: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: string };
}
