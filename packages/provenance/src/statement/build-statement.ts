import { ProvenanceError } from '../errors.js';
import { checkSubjectSet } from '../subjects/collect-subjects.js';
import type { Subject } from '../subjects/subject.js';
import { makeSubject } from '../subjects/subject.js';
import type { ProvenanceFacts } from './facts.js';
import { buildGitHubPredicate } from './github-predicate.js';
import { buildLocalPredicate } from './local-predicate.js';
import type { ProvenancePredicate, ProvenanceStatement } from './types.js';
import { IN_TOTO_STATEMENT_V1, SLSA_PROVENANCE_V1 } from './types.js';

/**
 * The in-toto Statement v1 (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md)
 * with a SLSA Provenance v1 predicate (https://slsa.dev/spec/v1.0/provenance) for `subjects`.
 * Pure: the same subjects and facts give the same statement, byte for byte once serialised.
 */
export function buildProvenanceStatement(subjects: readonly Subject[], facts: ProvenanceFacts): ProvenanceStatement {
  return {
    _type: IN_TOTO_STATEMENT_V1,
    // Checked again here (defense in depth): the builder may be called without collectSubjects.
    subject: checkSubjectSet(subjects.map((s) => makeSubject(s.name, s.digest.sha256))),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: buildPredicate(facts),
  };
}

function buildPredicate(facts: ProvenanceFacts): ProvenancePredicate {
  switch (facts.kind) {
    case 'github-actions':
      return buildGitHubPredicate(facts);
    case 'local':
      return buildLocalPredicate(facts);
    default:
      // Defense in depth: an unknown kind of facts builds nothing.
      throw new ProvenanceError('PROVENANCE_FACTS_INVALID', `unknown kind of facts ${JSON.stringify((facts as { kind: unknown }).kind)}`);
  }
}
