import type { Envelope } from '@sigstore/bundle';
import type { ProvenanceStatement } from '../statement/types.js';
import { IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V1 } from '../statement/types.js';
import type { Subject } from '../subjects/subject.js';
import { VerifyError, mismatch } from './verify-error.js';
import type { VerifyPolicy } from './verify-policy.js';

/** The statement of an envelope whose signature verified, and the subject that is the artifact. */
export interface CheckedStatement {
  readonly statement: ProvenanceStatement;
  readonly subject: Subject;
}

const SHOWN_DIGESTS = 3;

/**
 * What sigstore-js leaves to its caller, each with its own code: the payload type and
 * statement shape, the predicate type, the build type (the GitHub workflow type for
 * certificate-signed bundles) and a subject carrying the artifact's digest.
 */
export function checkStatement(envelope: Envelope, policy: VerifyPolicy): CheckedStatement {
  const statement = parseStatement(envelope);
  if (statement.predicateType !== policy.predicateType) throw mismatch('VERIFY_PREDICATE_TYPE_MISMATCH', 'predicate type', policy.predicateType, text(statement.predicateType));
  const predicate = statement.predicate as Partial<ProvenanceStatement['predicate']> | undefined;
  const buildType = predicate?.buildDefinition?.buildType;
  if (typeof predicate?.runDetails?.builder?.id !== 'string' || typeof predicate.buildDefinition?.externalParameters !== 'object') {
    throw malformed('the predicate lacks buildDefinition.externalParameters or runDetails.builder.id (SLSA provenance v1 requires both)');
  }
  if (typeof buildType !== 'string' || !policy.buildTypes.includes(buildType)) throw mismatch('VERIFY_BUILD_TYPE_MISMATCH', 'build type', policy.buildTypes.join(' or '), text(buildType));
  const subject = statement.subject.find((s) => s.digest.sha256 === policy.subjectSha256);
  if (!subject) {
    const digests = statement.subject.map((s) => s.digest.sha256 ?? `(no sha256: ${Object.keys(s.digest).join(', ') || 'empty digest set'})`);
    const shown = `${digests.slice(0, SHOWN_DIGESTS).join(', ')}${digests.length > SHOWN_DIGESTS ? ` and ${digests.length - SHOWN_DIGESTS} more` : ''}`;
    throw new VerifyError('VERIFY_SUBJECT_DIGEST_MISMATCH', `no subject of the statement has sha256 ${policy.subjectSha256}: found ${shown}`, { expected: policy.subjectSha256, found: shown });
  }
  return { statement: statement as ProvenanceStatement, subject };
}

// The in-toto Statement v1 envelope and shape (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md).
function parseStatement(envelope: Envelope): Omit<ProvenanceStatement, 'predicateType' | 'predicate'> & { predicateType: unknown; predicate: unknown } {
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) throw malformed(`payload type ${JSON.stringify(envelope.payloadType)}, expected ${IN_TOTO_PAYLOAD_TYPE}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(envelope.payload.toString('utf8'));
  } catch (error) {
    throw new VerifyError('VERIFY_STATEMENT_MALFORMED', `the signed payload is not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw malformed('the payload is not a JSON object');
  const statement = parsed as Record<string, unknown>;
  if (statement['_type'] !== IN_TOTO_STATEMENT_V1) throw malformed(`_type ${text(statement['_type']) ?? 'none'}, expected ${IN_TOTO_STATEMENT_V1}`);
  const subjects = statement['subject'];
  if (!Array.isArray(subjects) || subjects.length === 0) throw malformed('the statement names no subject');
  if (!subjects.every(isSubject)) throw malformed('a subject is not a resource descriptor with a digest set');
  if (typeof statement['predicate'] !== 'object' || statement['predicate'] === null) throw malformed('the statement has no predicate');
  return statement as unknown as ReturnType<typeof parseStatement>;
}

// A ResourceDescriptor with a DigestSet; other algorithms than sha256 are allowed and never match.
function isSubject(value: unknown): value is Subject {
  const subject = value as { name?: unknown; digest?: unknown } | null;
  return typeof subject === 'object' && subject !== null && (subject.name === undefined || typeof subject.name === 'string') && typeof subject.digest === 'object' && subject.digest !== null;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : value === undefined ? undefined : JSON.stringify(value);
}

function malformed(detail: string): VerifyError {
  return new VerifyError('VERIFY_STATEMENT_MALFORMED', `the signed statement is not SLSA provenance: ${detail}`);
}
