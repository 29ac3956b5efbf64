/**
 * Where attestations of an artifact come from when no bundle is given: the GitHub adapter
 * implements it over `GET /repos/{owner}/{repo}/attestations/{subject_digest}`. A source
 * returns a complete list up to its cap or throws; it never returns a shortened list silently.
 */
export interface AttestationSource {
  listAttestations(query: AttestationQuery): Promise<AttestationList>;
}

/** What to list: the artifact's sha256 (lowercase hex) and the predicate type wanted. */
export interface AttestationQuery {
  readonly subjectSha256: string;
  readonly predicateType: string;
}

/** The attestations found, where they were looked up, and whether more exist than were read. */
export interface AttestationList {
  readonly attestations: readonly AttestationRecord[];
  /** True when the source stopped at its cap with more to come. */
  readonly more: boolean;
  /** Where they were looked up, for messages, e.g. `acme/app at https://api.github.com`. */
  readonly origin: string;
}

/** One attestation: its bundle (JSON) when the source has it, with its size in bytes. */
export interface AttestationRecord {
  readonly bundle: unknown;
  readonly bundleBytes: number;
  /** Where the bundle was listed by reference, when it was. */
  readonly bundleUrl?: string | undefined;
  /** Why the source could not read the bundle (the attestation is refused). */
  readonly bundleProblem?: string | undefined;
}
