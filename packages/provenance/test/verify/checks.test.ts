import { describe, expect, it } from '@jest/globals';
import type { ProvenanceStatement } from '../../src/statement/types.js';
import type { CertificateClaims } from '../../src/verify/certificate-claims.js';
import { checkKeySignedStatement, checkStatementAgreement } from '../../src/verify/check-agreement.js';
import { checkApproval } from '../../src/verify/check-approval.js';
import { checkCertificateIdentity } from '../../src/verify/check-certificate.js';
import { checkStatement } from '../../src/verify/check-statement.js';
import { mismatch } from '../../src/verify/verify-error.js';
import type { VerifyPolicy } from '../../src/verify/verify-policy.js';
import { compileVerifyPolicy } from '../../src/verify/verify-policy.js';
import { ARTIFACT, EXTERNAL_BUILDER, claimsOf, fulcioExtensions, statementOf } from './fixtures.js';

// The claims real Fulcio would certify for a token with these claims, by name.
function certified(overrides: Record<string, unknown> = {}): CertificateClaims {
  const byOid = fulcioExtensions(claimsOf(overrides));
  const names: Record<string, keyof CertificateClaims> = { 8: 'issuer', 9: 'buildSignerUri', 10: 'buildSignerDigest', 11: 'runnerEnvironment', 12: 'sourceRepositoryUri', 13: 'sourceRepositoryDigest', 14: 'sourceRepositoryRef', 15: 'sourceRepositoryIdentifier', 16: 'sourceRepositoryOwnerUri', 17: 'sourceRepositoryOwnerIdentifier', 18: 'buildConfigUri', 19: 'buildConfigDigest', 20: 'buildTrigger', 21: 'runInvocationUri', 22: 'sourceRepositoryVisibilityAtSigning', 23: 'deploymentEnvironment' };
  return Object.fromEntries(Object.entries(byOid).map(([oid, value]) => [names[oid.split('.').at(-1)!]!, value]));
}

const without = (claims: CertificateClaims, name: keyof CertificateClaims): CertificateClaims => Object.fromEntries(Object.entries(claims).filter(([key]) => key !== name));

const ROOT = { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', certificateAuthorities: [], tlogs: [], ctlogs: [], timestampAuthorities: [] };
const policy = (overrides: Record<string, unknown> = {}): VerifyPolicy => compileVerifyPolicy({ subjectSha256: ARTIFACT.digest.sha256, trustedRoots: [ROOT], expectedRepository: 'acme/app', ...overrides });
const envelope = (statement: unknown) => ({ payload: Buffer.from(JSON.stringify(statement)), payloadType: 'application/vnd.in-toto+json', signatures: [] });
const edit = (change: (s: ProvenanceStatement) => unknown): ProvenanceStatement => change(structuredClone(statementOf(claimsOf()))) as ProvenanceStatement;

describe('checkStatementAgreement', () => {
  it('accepts the statement actions/provenance builds from the same token', () => {
    expect(() => checkStatementAgreement(statementOf(claimsOf()), certified())).not.toThrow();
  });

  it.each<[string, ProvenanceStatement, RegExp]>([
    ['no source dependency at all', edit((s) => ({ ...s, predicate: { ...s.predicate, buildDefinition: { ...s.predicate.buildDefinition, resolvedDependencies: undefined } } })), /resolvedDependencies \(source gitCommit\) says nothing/u],
    ['two commits for the source', edit((s) => ({ ...s, predicate: { ...s.predicate, buildDefinition: { ...s.predicate.buildDefinition, resolvedDependencies: [...s.predicate.buildDefinition.resolvedDependencies!, { ...s.predicate.buildDefinition.resolvedDependencies![0]!, digest: { gitCommit: 'f'.repeat(40) } }] } } })), /says "several commits for git\+https:\/\/github\.com\/acme\/app@refs\/heads\/main"/u],
    ['external parameters that are not an object', edit((s) => ({ ...s, predicate: { ...s.predicate, buildDefinition: { ...s.predicate.buildDefinition, externalParameters: [] } } })), /externalParameters\.workflow\.repository says nothing/u],
    ['a workflow path missing', edit((s) => ({ ...s, predicate: { ...s.predicate, buildDefinition: { ...s.predicate.buildDefinition, externalParameters: { workflow: { ref: 'refs/heads/main', repository: 'https://github.com/acme/app' } } } } })), /externalParameters\.workflow \(repository\/path@ref\) says nothing/u],
    ['another run', edit((s) => ({ ...s, predicate: { ...s.predicate, runDetails: { ...s.predicate.runDetails, metadata: undefined } } })), /runDetails\.metadata\.invocationId says nothing/u],
    ['another trigger', statementOf(claimsOf({ event_name: 'workflow_dispatch' })), /internalParameters\.github\.event_name says "workflow_dispatch"/u],
  ])('refuses a statement with %s', (_, statement, message) => {
    expect(() => checkStatementAgreement(statement, certified())).toThrow(expect.objectContaining({ code: 'VERIFY_STATEMENT_CERTIFICATE_MISMATCH', message: expect.stringMatching(message) }));
  });

  it('refuses a certificate that does not state what the statement claims', () => {
    expect(() => checkStatementAgreement(statementOf(claimsOf()), without(certified(), 'runInvocationUri'))).toThrow(expect.objectContaining({ code: 'VERIFY_CERTIFICATE_CLAIM_MISSING', message: expect.stringContaining('runInvocationUri (extension 1.3.6.1.4.1.57264.1.21)') }));
  });
});

describe('checkKeySignedStatement', () => {
  const keyed = (overrides: Record<string, unknown>) => ({ ...policy(overrides), signer: { kind: 'public-key', trustedRoots: [], publicKeyPem: '' } }) as VerifyPolicy;
  it('refuses a statement without a workflow ref when a ref is expected', () => {
    const statement = edit((s) => ({ ...s, predicate: { ...s.predicate, buildDefinition: { ...s.predicate.buildDefinition, externalParameters: { workflow: { repository: 'https://github.com/acme/app' } } } } }));
    expect(() => checkKeySignedStatement(statement, keyed({ expectedRef: 'refs/heads/main' }))).toThrow(expect.objectContaining({ code: 'VERIFY_REF_MISMATCH', message: 'source ref in the key-signed statement: expected "refs/heads/main", found none' }));
  });
  it('checks nothing it was not asked to', () => {
    expect(() => checkKeySignedStatement(statementOf(claimsOf()), { ...keyed({}), repository: undefined })).not.toThrow();
  });
});

describe('checkApproval (defense in depth)', () => {
  const GATE = { guardAppId: 4242, protectedBranch: 'main', allowUncheckedBypass: false, environment: undefined };
  it('refuses evidence whose certificate names a builder inside the source repository, even if the policy let it through', () => {
    expect(() => checkApproval(statementOf(claimsOf()), certified(), GATE)).toThrow(expect.objectContaining({ code: 'VERIFY_APPROVAL_BUILDER_IN_SOURCE' }));
    expect(() => checkApproval(statementOf(claimsOf()), certified({ job_workflow_ref: 'ACME/App/.github/workflows/x.yml@refs/heads/main' }), GATE)).toThrow(expect.objectContaining({ code: 'VERIFY_APPROVAL_BUILDER_IN_SOURCE' }));
  });
  it('looks for evidence only once the builder is outside', () => {
    expect(() => checkApproval(statementOf(claimsOf()), certified({ job_workflow_ref: EXTERNAL_BUILDER }), GATE)).toThrow(expect.objectContaining({ code: 'VERIFY_APPROVAL_MISSING' }));
  });
});

describe('checkCertificateIdentity', () => {
  it('refuses a certificate without the claim an expectation needs', () => {
    expect(() => checkCertificateIdentity(without(certified(), 'sourceRepositoryIdentifier'), policy({ expectedRepositoryId: '1' }), [])).toThrow(expect.objectContaining({ code: 'VERIFY_CERTIFICATE_CLAIM_MISSING' }));
  });
  it('warns, naming no id, when neither the policy nor the certificate has one', () => {
    expect(checkCertificateIdentity(without(certified(), 'sourceRepositoryIdentifier'), policy(), [])).toEqual([expect.objectContaining({ code: 'VERIFY_REPOSITORY_ID_UNPINNED', message: expect.stringContaining('the certificate carries no id either') })]);
  });
  it('refuses an inconsistent owner URI', () => {
    expect(() => checkCertificateIdentity({ ...certified(), sourceRepositoryOwnerUri: 'https://github.com/evil' }, policy(), [])).toThrow(expect.objectContaining({ code: 'VERIFY_REPOSITORY_MISMATCH' }));
  });
  it('checks nothing for a key-signed policy', () => {
    expect(checkCertificateIdentity({}, { ...policy(), signer: { kind: 'public-key', trustedRoots: [], publicKeyPem: '' } }, [])).toEqual([]);
  });
});

describe('checkStatement', () => {
  it.each([
    ['a predicate without a builder', { ...statementOf(claimsOf()), predicate: { buildDefinition: { buildType: 'x', externalParameters: {} }, runDetails: {} } }],
    ['a subject without a digest set', { ...statementOf(claimsOf()), subject: [{ name: 'x' }] }],
    ['a JSON payload that is a list', []],
  ])('refuses %s as malformed', (_, statement) => {
    expect(() => checkStatement(envelope(statement), policy())).toThrow(expect.objectContaining({ code: 'VERIFY_STATEMENT_MALFORMED' }));
  });

  it('names the digests it found, and algorithms other than sha256', () => {
    const subjects = [{ name: 'a', digest: { sha512: 'ab' } }, ...Array.from({ length: 4 }, (_, i) => ({ name: `s${i}`, digest: { sha256: String(i).repeat(64) } }))];
    expect(() => checkStatement(envelope({ ...statementOf(claimsOf()), subject: subjects }), policy())).toThrow(expect.objectContaining({ code: 'VERIFY_SUBJECT_DIGEST_MISMATCH', found: expect.stringMatching(/^\(no sha256: sha512\), 0{64}, 1{64} and 2 more$/u) }));
  });

  it('names a non-string predicate type as JSON', () => {
    expect(() => checkStatement(envelope({ ...statementOf(claimsOf()), predicateType: 7 }), policy())).toThrow(expect.objectContaining({ code: 'VERIFY_PREDICATE_TYPE_MISMATCH', found: '7' }));
  });
});

describe('mismatch', () => {
  it('says none when nothing was found', () => {
    expect(mismatch('VERIFY_REF_MISMATCH', 'ref', 'refs/heads/main', undefined)).toMatchObject({ message: 'ref: expected "refs/heads/main", found none', expected: 'refs/heads/main', found: undefined });
  });
});
