import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PUBLIC_GOOD_INSTANCE, buildProvenanceStatement, collectSubjects, createKeySigner, createKeylessSigner, localKeyHolder, selectWorkflowRun, signStatement, ungatedVerdict, verifyIdToken, withSigned, workflowRunFromClaims, workflowRunFromEnvironment } from '@ringfence/provenance';
import type { BundleSigner, GitHubActionsFacts } from '@ringfence/provenance';
import type { ProvenanceInputs, ProvenanceReport } from '@ringfence/runner';
import { approveBuild } from './approve-build.js';
import { chooseSigstore } from './choose-sigstore.js';
import { uploadBundle } from './upload-attestation.js';

const SIGSTORE_AUDIENCE = 'sigstore';

/**
 * The provenance action: digest the subjects, describe the run (from the job's verified
 * OIDC token when signing keylessly, cross-checked against the runner's variables), sign
 * through sigstore-js and write the bundle. Nothing is written unless every step succeeds.
 * The report is the gate's verdict: refused, nothing is signed; allowed, with what was signed.
 */
export async function runProvenance(inputs: ProvenanceInputs): Promise<ProvenanceReport> {
  const startedOn = new Date();
  const subjects = await collectSubjects({ workspace: inputs.workspace, patterns: inputs.subjectPaths, checksumFiles: inputs.subjectChecksums, pairs: inputs.subjects });
  const environment = workflowRunFromEnvironment(inputs.environment);
  let signer: BundleSigner;
  let run = environment as GitHubActionsFacts['run'];
  let publicLog = false;
  // The GitHub Environment of the job, from the verified token only (the environment variables do not carry it).
  let deployment: string | undefined;
  if (inputs.privateKey === undefined) {
    const token = await inputs.requestIdToken(SIGSTORE_AUDIENCE);
    const verified = await verifyIdToken(token, { issuer: inputs.oidcIssuer, audience: SIGSTORE_AUDIENCE });
    run = selectWorkflowRun({ claims: workflowRunFromClaims(verified.claims), environment });
    deployment = typeof verified.claims['environment'] === 'string' && verified.claims['environment'] !== '' ? verified.claims['environment'] : undefined;
    const urls = chooseSigstore(inputs);
    publicLog = urls.rekorUrl === PUBLIC_GOOD_INSTANCE.rekorUrl;
    signer = createKeylessSigner({ identityToken: () => Promise.resolve(token), ...urls });
  } else {
    signer = createKeySigner({ key: localKeyHolder(inputs.privateKey) });
  }
  const verdict = inputs.approvalGate ? await approveBuild(inputs.approvalGate, run, deployment) : ungatedVerdict({ eventName: run.eventName, ref: run.ref, commit: run.sha });
  if (verdict.outcome !== 'allowed') return { verdict, tempDir: inputs.tempDir };
  const approval = verdict.detail.approval;
  const statement = buildProvenanceStatement(subjects, { kind: 'github-actions', serverUrl: inputs.environment['GITHUB_SERVER_URL'] ?? 'https://github.com', run, startedOn, finishedOn: new Date(), ...(approval ? { approval } : {}) });
  const bundle = await signStatement(statement, signer);
  const bundlePath = resolve(inputs.workspace, inputs.bundlePath ?? join(inputs.tempDir, 'ringfence-provenance.sigstore.json'));
  await writeFile(bundlePath, `${JSON.stringify(bundle, null, 2)}\n`);
  const attestation = inputs.attestationUpload ? await uploadBundle(inputs.attestationUpload, bundle) : undefined;
  const entries = (bundle.verificationMaterial.tlogEntries ?? []).map((e) => ({ logIndex: String(e.logIndex), ...(publicLog ? { url: `https://search.sigstore.dev/?logIndex=${String(e.logIndex)}` } : {}) }));
  const signed = { bundlePath, subjects, signedWith: inputs.privateKey === undefined ? 'keyless' : 'key', logEntries: entries, buildType: statement.predicate.buildDefinition.buildType, ...(attestation ? { attestation } : {}) } as const;
  return { verdict: withSigned(verdict, signed), tempDir: inputs.tempDir };
}
