/** A `uses:` that names ringfence: the repository, the path inside it and the ref. */
export interface RingfenceUse {
  /** `owner/ringfence`, as written. */
  readonly repository: string;
  /** The path inside the repository (`actions/guard`, `.github/workflows/guard.yml`), '' for the root action. */
  readonly path: string;
  readonly ref: string;
}

// owner/ringfence[/path]@ref: any owner, so an organisation's fork or mirror counts too.
const RINGFENCE_USE = /^([A-Za-z0-9_.-]+\/ringfence)(?:\/([^@]*))?@(.*)$/iu;

/** The ringfence reference in a `uses:` value, or undefined for anything else. */
export function parseRingfenceUse(uses: string): RingfenceUse | undefined {
  const match = RINGFENCE_USE.exec(uses.trim());
  if (!match) return undefined;
  return { repository: match[1]!, path: (match[2] ?? '').replace(/\/+$/u, ''), ref: match[3]! };
}

/** True for a full commit SHA (SHA-1 or SHA-256), the only ref nobody can move. */
export function isFullCommitSha(ref: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/u.test(ref);
}
