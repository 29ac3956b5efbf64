import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '@ringfence/core';
import { booleanInput, optionalInput, secretInput } from './inputs.js';

/** Everything the verify action reads from its step and the runner. */
export interface VerifyInputs {
  /** The artifact: a file (absolute, resolved in the workspace) or a `sha256:HEX` digest, exactly one. */
  readonly subject: { readonly path: string } | { readonly digest: string };
  /** The bundle file; undefined when the attestations are read from GitHub instead. */
  readonly bundlePath: string | undefined;
  /** Read the artifact's attestations from this repository's attestations API (no bundle file). */
  readonly attestations: AttestationsInputs | undefined;
  readonly trustedRootPath: string | undefined;
  /** Where to fetch the trusted root through TUF when no `trusted-root` file is given. */
  readonly tuf: TufInputs;
  /** PEM public key: the bundle is key-signed. */
  readonly publicKey: string | undefined;
  readonly expectedRepository: string | undefined;
  readonly expectedRepositoryId: string | undefined;
  readonly expectedRef: string | undefined;
  readonly expectedBuilder: string | undefined;
  readonly expectedBuilderDigest: string | undefined;
  readonly expectedRunnerEnvironment: string | undefined;
  readonly expectedIssuer: string | undefined;
  readonly expectedIdentity: string | undefined;
  readonly requireApproval: boolean;
  /** With `requireApproval`: the gate settings the evidence must record (the caller of the build workflow chose them). */
  readonly expectedGuardAppId: string | undefined;
  readonly expectedProtectedBranch: string | undefined;
  readonly allowUncheckedBypass: boolean;
  readonly expectedEnvironment: string | undefined;
  readonly tempDir: string;
}

/** The TUF inputs: the mirror (default public-good), its initial root.json, and the cache (default under RUNNER_TEMP). */
export interface TufInputs {
  readonly mirrorUrl: string | undefined;
  readonly rootPath: string | undefined;
  readonly cacheDir: string;
  /** Whether any `tuf-*` input was given (a key-signed bundle then fetches a root too). */
  readonly requested: boolean;
}

/** Where the action reads attestations: the repository, the API root of this runner's GitHub, and the token (masked). */
export interface AttestationsInputs {
  readonly repository: string;
  readonly apiUrl: string;
  readonly token: string | undefined;
  readonly maxAttestations: number;
}

/**
 * Reads the verify action's inputs. Without `expected-repository` (and without a key) the
 * source must be this repository (`GITHUB_REPOSITORY`), and its id is pinned from
 * `GITHUB_REPOSITORY_ID` whenever the expected repository is this one, so a re-created
 * repository of the same name is refused without anyone looking its id up.
 */
export function readVerifyInputs(): VerifyInputs {
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const publicKey = optionalInput('public-key');
  const here = process.env['GITHUB_REPOSITORY'] || undefined;
  const expectedRepository = optionalInput('expected-repository') ?? (publicKey === undefined ? here : undefined);
  const hereId = expectedRepository !== undefined && expectedRepository === here ? process.env['GITHUB_REPOSITORY_ID'] || undefined : undefined;
  return {
    subject: readSubject(workspace),
    ...readBundleSource(workspace, expectedRepository),
    trustedRootPath: pathInput('trusted-root', workspace),
    tuf: readTufInputs(workspace),
    publicKey,
    expectedRepository,
    expectedRepositoryId: optionalInput('expected-repository-id') ?? (publicKey === undefined ? hereId : undefined),
    expectedRef: optionalInput('expected-ref'),
    expectedBuilder: optionalInput('expected-builder'),
    expectedBuilderDigest: optionalInput('expected-builder-digest'),
    expectedRunnerEnvironment: optionalInput('expected-runner-environment'),
    expectedIssuer: optionalInput('expected-issuer'),
    expectedIdentity: optionalInput('expected-identity'),
    requireApproval: booleanInput('require-approval', false),
    expectedGuardAppId: optionalInput('expected-guard-app-id'),
    expectedProtectedBranch: optionalInput('expected-protected-branch'),
    allowUncheckedBypass: booleanInput('allow-unchecked-bypass', false),
    expectedEnvironment: optionalInput('expected-environment'),
    tempDir: process.env['RUNNER_TEMP'] || tmpdir(),
  };
}

// Exactly one of a bundle file and `fetch-attestations: true`.
function readBundleSource(workspace: string, expectedRepository: string | undefined): Pick<VerifyInputs, 'bundlePath' | 'attestations'> {
  const bundle = optionalInput('bundle');
  const fetch = booleanInput('fetch-attestations', false);
  if ((bundle === undefined) === !fetch) throw new UsageError('USAGE_MISSING_ARGUMENT', 'give exactly one of the inputs `bundle` (a Sigstore bundle file) and `fetch-attestations: true` (read the artifact\'s attestations from GitHub)');
  if (bundle !== undefined) return { bundlePath: resolve(workspace, bundle), attestations: undefined };
  const repository = optionalInput('attestations-repository') ?? expectedRepository;
  if (repository === undefined) throw new UsageError('USAGE_MISSING_ARGUMENT', 'input `attestations-repository` (owner/name) is required to fetch attestations when `expected-repository` is not given');
  const max = optionalInput('max-attestations') ?? '30';
  if (!/^[1-9][0-9]{0,3}$/u.test(max)) throw new UsageError('USAGE_INVALID_VALUE', `input \`max-attestations\` must be a whole number from 1 to 9999, not ${JSON.stringify(max)}`);
  const apiUrl = process.env['GITHUB_API_URL'] || 'https://api.github.com';
  return { bundlePath: undefined, attestations: { repository, apiUrl, token: secretInput('attestations-token'), maxAttestations: Number(max) } };
}

function readSubject(workspace: string): VerifyInputs['subject'] {
  const path = optionalInput('artifact-path');
  const digest = optionalInput('artifact-digest');
  if ((path === undefined) === (digest === undefined)) throw new UsageError('USAGE_MISSING_ARGUMENT', 'exactly one of the inputs `artifact-path` (a file) and `artifact-digest` (sha256:HEX) is required');
  if (path !== undefined) return { path: resolve(workspace, path) };
  const hex = /^sha256:([0-9a-fA-F]{64})$/u.exec(digest!)?.[1];
  if (hex === undefined) throw new UsageError('USAGE_INVALID_VALUE', `input \`artifact-digest\` must be sha256: followed by 64 hex digits, not ${JSON.stringify(digest)}`);
  return { digest: hex.toLowerCase() };
}

// The cache holds metadata the next run trusts as its rollback baseline: never inside the workspace a pull request can write.
function readTufInputs(workspace: string): TufInputs {
  const given = { mirrorUrl: optionalInput('tuf-mirror'), rootPath: pathInput('tuf-root', workspace), cacheDir: pathInput('tuf-cache', workspace) };
  const requested = Object.values(given).some((value) => value !== undefined);
  if (requested && optionalInput('trusted-root') !== undefined) throw new UsageError('USAGE_INVALID_VALUE', 'the `tuf-*` inputs fetch the trusted root over TUF, which `trusted-root` replaces: give one or the other');
  const cacheDir = given.cacheDir ?? join(process.env['RUNNER_TEMP'] || tmpdir(), 'ringfence-tuf');
  const fromWorkspace = relative(resolve(workspace), cacheDir);
  if (!fromWorkspace.startsWith('..') && !isAbsolute(fromWorkspace)) throw new UsageError('USAGE_INVALID_VALUE', `input \`tuf-cache\` must be outside the workspace (${workspace}), e.g. under RUNNER_TEMP, not ${cacheDir}`);
  return { mirrorUrl: given.mirrorUrl, rootPath: given.rootPath, cacheDir, requested };
}

function pathInput(name: string, workspace: string): string | undefined {
  const value = optionalInput(name);
  return value === undefined ? undefined : resolve(workspace, value);
}
