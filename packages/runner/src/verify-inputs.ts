import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { UsageError } from '@ringfence/core';
import { booleanInput, optionalInput, requiredInput } from './inputs.js';

/** Everything the verify action reads from its step and the runner. */
export interface VerifyInputs {
  /** The artifact: a file (absolute, resolved in the workspace) or a `sha256:HEX` digest, exactly one. */
  readonly subject: { readonly path: string } | { readonly digest: string };
  readonly bundlePath: string;
  readonly trustedRootPath: string | undefined;
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
  readonly tempDir: string;
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
    bundlePath: resolve(workspace, requiredInput('bundle')),
    trustedRootPath: pathInput('trusted-root', workspace),
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
    tempDir: process.env['RUNNER_TEMP'] || tmpdir(),
  };
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

function pathInput(name: string, workspace: string): string | undefined {
  const value = optionalInput(name);
  return value === undefined ? undefined : resolve(workspace, value);
}
