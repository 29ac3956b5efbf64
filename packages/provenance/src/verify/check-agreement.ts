import type { ProvenanceStatement } from '../statement/types.js';
import type { CertificateClaimName, CertificateClaims } from './certificate-claims.js';
import { FULCIO_EXTENSIONS } from './certificate-claims.js';
import { required } from './check-certificate.js';
import { VerifyError, mismatch } from './verify-error.js';
import type { VerifyPolicy } from './verify-policy.js';

/** One claim of a GitHub workflow predicate and the certificate extension that must say the same. */
interface Pairing {
  readonly field: string;
  readonly claim: CertificateClaimName;
  read(statement: ProvenanceStatement, claims: CertificateClaims): string | undefined;
}

const workflow = (s: ProvenanceStatement): Record<string, unknown> => record(record(s.predicate.buildDefinition.externalParameters)['workflow']);
const github = (s: ProvenanceStatement): Record<string, unknown> => record(record(s.predicate.buildDefinition.internalParameters)['github']);

// Every field of the GitHub workflow build type (https://github.com/actions/buildtypes/tree/main/workflow/v1) that the certificate also states.
const PAIRINGS: readonly Pairing[] = [
  { field: 'externalParameters.workflow.repository', claim: 'sourceRepositoryUri', read: (s) => str(workflow(s)['repository']) },
  { field: 'externalParameters.workflow.ref', claim: 'sourceRepositoryRef', read: (s) => str(workflow(s)['ref']) },
  { field: 'externalParameters.workflow (repository/path@ref)', claim: 'buildConfigUri', read: (s) => workflowUri(workflow(s)) },
  { field: 'resolvedDependencies (source gitCommit)', claim: 'sourceRepositoryDigest', read: sourceCommit },
  { field: 'runDetails.builder.id', claim: 'buildSignerUri', read: (s) => str(s.predicate.runDetails.builder.id) },
  { field: 'internalParameters.github.repository_id', claim: 'sourceRepositoryIdentifier', read: (s) => str(github(s)['repository_id']) },
  { field: 'internalParameters.github.repository_owner_id', claim: 'sourceRepositoryOwnerIdentifier', read: (s) => str(github(s)['repository_owner_id']) },
  { field: 'internalParameters.github.event_name', claim: 'buildTrigger', read: (s) => str(github(s)['event_name']) },
  { field: 'internalParameters.github.runner_environment', claim: 'runnerEnvironment', read: (s) => str(github(s)['runner_environment']) },
  { field: 'runDetails.metadata.invocationId', claim: 'runInvocationUri', read: (s) => str(s.predicate.runDetails.metadata?.invocationId) },
];

/**
 * The statement's claims must equal what the certificate says: a workflow can write anything
 * into the predicate, it cannot forge the certificate. A statement naming repository X signed
 * by a certificate for repository Y is refused, whatever was expected.
 */
export function checkStatementAgreement(statement: ProvenanceStatement, claims: CertificateClaims): void {
  for (const pairing of PAIRINGS) {
    const certified = required(claims, pairing.claim);
    const stated = pairing.read(statement, claims);
    if (stated !== certified) {
      throw new VerifyError('VERIFY_STATEMENT_CERTIFICATE_MISMATCH', `the statement disagrees with its certificate: ${pairing.field} says ${stated === undefined ? 'nothing' : JSON.stringify(stated)}, the certificate's ${pairing.claim} (${FULCIO_EXTENSIONS[pairing.claim]}) says ${JSON.stringify(certified)}`, { expected: certified, ...(stated === undefined ? {} : { found: stated }) });
    }
  }
}

/**
 * A key-signed statement has no certificate: the key holder's word is all there is, so the
 * repository and ref expectations are checked against the statement itself.
 */
export function checkKeySignedStatement(statement: ProvenanceStatement, policy: VerifyPolicy): void {
  const stated = workflow(statement);
  if (policy.repository) {
    const repository = str(stated['repository']);
    if (repository !== policy.repository.uri) throw mismatch('VERIFY_REPOSITORY_MISMATCH', 'source repository in the key-signed statement', policy.repository.uri, repository);
  }
  if (policy.ref) {
    const ref = str(stated['ref']);
    if (ref === undefined || !policy.ref.test(ref)) throw mismatch('VERIFY_REF_MISMATCH', `source ref in the key-signed statement${policy.ref.glob ? ' (glob)' : ''}`, policy.ref.text, ref);
  }
}

// `git+<repository>@<ref>` must be listed, and every entry for it must carry the same commit.
function sourceCommit(statement: ProvenanceStatement, claims: CertificateClaims): string | undefined {
  const uri = `git+${claims.sourceRepositoryUri ?? ''}@${claims.sourceRepositoryRef ?? ''}`;
  const commits = new Set((statement.predicate.buildDefinition.resolvedDependencies ?? []).filter((d) => d.uri === uri).map((d) => d.digest?.['gitCommit']));
  return commits.size === 1 ? str([...commits][0]) : commits.size === 0 ? undefined : `several commits for ${uri}`;
}

function workflowUri(stated: Record<string, unknown>): string | undefined {
  const [repository, path, ref] = [str(stated['repository']), str(stated['path']), str(stated['ref'])];
  return repository && path && ref ? `${repository}/${path}@${ref}` : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
