import type { Envelope } from '@sigstore/bundle';
import { ProvenanceError } from '../errors.js';
import type { ProvenanceStatement } from '../statement/types.js';
import type { Subject } from '../subjects/subject.js';
import { IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V1, SLSA_PROVENANCE_V1 } from '../statement/types.js';

/** A statement whose envelope verified; its predicate is the producer's claim, checked only for shape. */
export type VerifiedStatement = ProvenanceStatement;

/**
 * The checks sigstore-js leaves to its caller: the payload type, the in-toto statement
 * shape, the predicate type and, when asked, a subject's digest.
 */
export function readStatement(envelope: Envelope, expected: { readonly predicateType?: string; readonly subjectSha256?: string }): VerifiedStatement {
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) invalid(`payload type ${JSON.stringify(envelope.payloadType)}, expected ${IN_TOTO_PAYLOAD_TYPE}`);
  let statement: Partial<ProvenanceStatement>;
  try {
    statement = JSON.parse(envelope.payload.toString('utf8')) as Partial<ProvenanceStatement>;
  } catch (error) {
    return invalid(`the payload is not JSON: ${(error as Error).message}`);
  }
  if (statement._type !== IN_TOTO_STATEMENT_V1) invalid(`_type ${JSON.stringify(statement._type)}, expected ${IN_TOTO_STATEMENT_V1}`);
  const predicateType = expected.predicateType ?? SLSA_PROVENANCE_V1;
  if (statement.predicateType !== predicateType) invalid(`predicateType ${JSON.stringify(statement.predicateType)}, expected ${predicateType}`);
  const subjects: readonly Partial<Subject>[] = Array.isArray(statement.subject) ? statement.subject : [];
  if (subjects.length === 0) invalid('no subject');
  if (typeof statement.predicate !== 'object' || statement.predicate === null) invalid('no predicate');
  const wanted = expected.subjectSha256?.toLowerCase();
  if (wanted !== undefined && !subjects.some((s) => s.digest?.sha256 === wanted)) {
    throw new ProvenanceError('PROVENANCE_DIGEST_MISMATCH', `no subject has sha256 ${wanted}; the statement names ${subjects.length} other subject(s)`);
  }
  return statement as ProvenanceStatement;
}

function invalid(detail: string): never {
  throw new ProvenanceError('PROVENANCE_STATEMENT_INVALID', `the signed statement is not SLSA provenance: ${detail}`);
}
