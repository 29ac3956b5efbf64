import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProvenanceStatement, SerializedBundle } from '@ringfence/provenance';
import { buildProvenanceStatement, createKeySigner, createKeylessSigner, signStatement, verifyIdToken, workflowRunFromClaims } from '@ringfence/provenance';
import type { Stack } from '../provenance/stack.js';
import { startStack } from '../provenance/stack.js';

/** The reusable workflow that builds and signs for acme/app (SLSA Build L3 style). */
export const EXTERNAL_BUILDER = 'acme/workflows/.github/workflows/build.yml@refs/tags/v3';
export const IN_REPO_WORKFLOW = 'acme/app/.github/workflows/release.yml@refs/heads/main';
export const COMMIT = 'babca52ab0c93ae16539e5923cb0d7403b9a093b';
export const ARTIFACT_CONTENT = 'the app, built\n';
export const ARTIFACT_SHA256 = createHash('sha256').update(ARTIFACT_CONTENT).digest('hex');

/** How to sign: the public-good style (Fulcio + Rekor) or GitHub's instance (Fulcio + TSA). */
export type Style = 'public-good' | 'github';

/** A loopback OIDC issuer and Sigstore, a work directory with the artifact and both styles of trusted root. */
export interface VerifyWorld {
  readonly stack: Stack;
  readonly dir: string;
  /** `app.tgz` in `dir` (the statement names it `dist/app.tgz`). */
  readonly artifact: string;
  /** The loopback root as served: CA, CT log, Rekor and TSA (a log entry is required). */
  readonly fullRoot: string;
  /** The same without the log: GitHub-instance style (a signed timestamp is required instead). */
  readonly tsaRoot: string;
  readonly key: { readonly privatePem: string; readonly publicKeyFile: string };
  /** Signs (keylessly, through the loopback Fulcio) the statement for a token with these claims. */
  sign(options?: { claims?: Record<string, unknown>; style?: Style; edit?: (statement: ProvenanceStatement) => unknown }): Promise<SerializedBundle>;
  /** Signs the statement for these claims with the world's key instead. */
  signWithKey(claims?: Record<string, unknown>): Promise<SerializedBundle>;
  /** Writes a file into `dir` and returns its path. */
  write(name: string, content: unknown): string;
  close(): Promise<void>;
}

export async function startVerifyWorld(): Promise<VerifyWorld> {
  const stack = await startStack();
  const dir = mkdtempSync(join(tmpdir(), 'rf-verify-'));
  const write = (name: string, content: unknown): string => {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return join(dir, name);
  };
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const privatePem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const statementFor = async (token: string): Promise<ProvenanceStatement> => {
    const { claims } = await verifyIdToken(token, { issuer: stack.issuer.issuer, audience: 'sigstore' });
    return buildProvenanceStatement([{ name: 'dist/app.tgz', digest: { sha256: ARTIFACT_SHA256 } }], { kind: 'github-actions', serverUrl: 'https://github.com', run: workflowRunFromClaims(claims) });
  };
  return {
    stack,
    dir,
    artifact: write('app.tgz', ARTIFACT_CONTENT),
    fullRoot: stack.sigstore.writeTrustedRoot(join(dir, 'trusted_root.json')),
    tsaRoot: write('github_trusted_root.json', { ...(stack.sigstore.trustedRoot as Record<string, unknown>), tlogs: [] }),
    key: { privatePem, publicKeyFile: write('release.pub', pair.publicKey.export({ format: 'pem', type: 'spki' }).toString()) },
    sign: async (options = {}) => {
      const token = await stack.issuer.mint({ claims: options.claims ?? {} });
      const statement = await statementFor(token);
      const witnesses = (options.style ?? 'public-good') === 'public-good' ? { rekorUrl: stack.sigstore.rekorUrl } : { tsaUrl: stack.sigstore.tsaUrl };
      const signer = createKeylessSigner({ identityToken: () => Promise.resolve(token), fulcioUrl: stack.sigstore.fulcioUrl, ...witnesses, retries: 0 });
      return signStatement((options.edit ? options.edit(statement) : statement) as ProvenanceStatement, signer);
    },
    signWithKey: async (claims = {}) => signStatement(await statementFor(await stack.issuer.mint({ claims })), createKeySigner({ key: privatePem })),
    write,
    close: async () => {
      await stack.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The statement with the provenance gate's approval evidence for the commit built. */
export function withApproval(statement: ProvenanceStatement, evidence: Record<string, unknown> = {}): ProvenanceStatement {
  const { buildDefinition } = statement.predicate;
  const approval = { commit: COMMIT, pullRequest: 7, headSha: 'c'.repeat(40), approvers: ['alice'], guardVerdict: 'allowed', policyBlobSha: 'd'.repeat(40), protectedBranch: 'main', guardCheckRunId: 9001, guardAppId: 4242, bypassCheck: 'rule-suites', ...evidence };
  return { ...statement, predicate: { ...statement.predicate, buildDefinition: { ...buildDefinition, internalParameters: { ...buildDefinition.internalParameters, ringfence: { approval } } } } };
}
