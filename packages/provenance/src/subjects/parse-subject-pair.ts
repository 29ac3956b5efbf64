import { ProvenanceError } from '../errors.js';
import type { Subject } from './subject.js';
import { makeSubject } from './subject.js';

const SEPARATOR = '@sha256:';

/**
 * Parses an explicit `name@sha256:HEX` pair. The last `@sha256:` splits, so a name may
 * itself contain `@` (`pkg@1.2.0.tgz@sha256:…`).
 */
export function parseSubjectPair(text: string): Subject {
  const at = text.lastIndexOf(SEPARATOR);
  if (at <= 0) {
    throw new ProvenanceError('PROVENANCE_SUBJECT_PAIR_MALFORMED', `subject ${JSON.stringify(text)}: expected NAME@sha256:HEX`, { location: { subject: text } });
  }
  return makeSubject(text.slice(0, at), text.slice(at + SEPARATOR.length));
}
