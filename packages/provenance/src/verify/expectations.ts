/** The bundle must be signed by a Fulcio certificate with this identity. */
export interface CertificateIdentity {
  readonly kind: 'certificate';
  /**
   * The certificate's SAN: a string matches exactly, a RegExp is tested as sigstore-js does.
   * For GitHub Actions it is `https://github.com/<job_workflow_ref>`.
   */
  readonly subjectAlternativeName: string | RegExp;
  /** The OIDC issuer recorded in the certificate (OID 1.3.6.1.4.1.57264.1.8), matched exactly. */
  readonly issuer: string;
  /**
   * Further Fulcio extensions, dotted OID → exact value, e.g.
   * `{ '1.3.6.1.4.1.57264.1.12': 'https://github.com/o/r' }` (source repository URI).
   * Only OIDs .8 and above (UTF8String values) are supported.
   */
  readonly extensions?: Readonly<Record<string, string>>;
}

/** The bundle must be signed by this key (its hint is ignored: DSSE key ids are unauthenticated). */
export interface PublicKeyIdentity {
  readonly kind: 'public-key';
  /** SPKI PEM. */
  readonly publicKeyPem: string;
}

/** How many independent pieces of evidence each check needs. */
export interface Thresholds {
  /** Transparency-log entries. */
  readonly tlog: number;
  /** Signed certificate timestamps from a CT log. */
  readonly ctlog: number;
  /** Trusted times (TSA timestamps or log integration times). */
  readonly timestamps: number;
}

/** Public-good Sigstore: a Rekor entry, an SCT and a time (what `gh` requires there). */
export const PUBLIC_GOOD_THRESHOLDS: Thresholds = { tlog: 1, ctlog: 1, timestamps: 1 };
/** GitHub's instance: a TSA time only; no public log, no SCT. */
export const GITHUB_THRESHOLDS: Thresholds = { tlog: 0, ctlog: 0, timestamps: 1 };
/** A key-signed bundle with no witness: the signature alone. */
export const KEY_ONLY_THRESHOLDS: Thresholds = { tlog: 0, ctlog: 0, timestamps: 0 };
