import { RingfenceError } from '@ringfence/core';

/** Every way provenance can refuse, as a code callers and tests branch on. */
export type ProvenanceErrorCode =
  | 'PROVENANCE_SUBJECTS_EMPTY'
  | 'PROVENANCE_SUBJECTS_TOO_MANY'
  | 'PROVENANCE_SUBJECT_DUPLICATE'
  | 'PROVENANCE_SUBJECT_NAME_INVALID'
  | 'PROVENANCE_SUBJECT_PAIR_MALFORMED'
  | 'PROVENANCE_SUBJECT_UNREADABLE'
  | 'PROVENANCE_SYMLINK_ESCAPES'
  | 'PROVENANCE_PATTERN_INVALID'
  | 'PROVENANCE_PATTERN_UNMATCHED'
  | 'PROVENANCE_CHECKSUMS_MALFORMED'
  | 'PROVENANCE_CHECKSUMS_TOO_LARGE'
  | 'PROVENANCE_FACTS_INVALID'
  | 'PROVENANCE_FACTS_CONFLICT'
  | 'PROVENANCE_EVENT_UNSUPPORTED'
  | 'PROVENANCE_ID_TOKEN_INVALID'
  | 'PROVENANCE_ID_TOKEN_CLAIMS_MISSING'
  | 'PROVENANCE_SIGNING_CONFIG_INVALID'
  | 'PROVENANCE_KEY_UNSUPPORTED'
  | 'PROVENANCE_SIGNING_FAILED'
  | 'PROVENANCE_TRUSTED_ROOT_INVALID'
  | 'PROVENANCE_TUF_SOURCE_INVALID'
  | 'PROVENANCE_TUF_REFRESH_FAILED'
  | 'PROVENANCE_BUNDLE_INVALID'
  | 'PROVENANCE_SIGNER_UNTRUSTED'
  | 'PROVENANCE_STATEMENT_INVALID'
  | 'PROVENANCE_DIGEST_MISMATCH'
  | 'PROVENANCE_GATE_REFUSED';

/** Where an error points, when it points into a file (a checksums file, a subject). */
export interface ProvenanceErrorLocation {
  readonly file?: string;
  /** 1-based line number in `file`. */
  readonly line?: number;
  /** The subject name or pattern the error is about. */
  readonly subject?: string;
}

/** The provenance package's error: a code, a message saying where, expected and got, and the cause. */
export class ProvenanceError extends RingfenceError<ProvenanceErrorCode> {
  readonly location: ProvenanceErrorLocation;

  constructor(code: ProvenanceErrorCode, message: string, options: { cause?: unknown; location?: ProvenanceErrorLocation } = {}) {
    super(code, message, options.cause === undefined ? {} : { cause: options.cause });
    this.location = options.location ?? {};
  }
}
