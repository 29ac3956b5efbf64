/** A submitted review as the guard needs it (from the adapter's reviews list). */
export interface ReviewFact {
  readonly login: string | undefined;
  /** `APPROVED`, `CHANGES_REQUESTED`, `COMMENTED`, `DISMISSED`, `PENDING`, … */
  readonly state: string;
  readonly commitId: string | undefined;
}

// Reviews that change a reviewer's standing; a comment changes nothing.
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/**
 * The logins whose latest decisive review approves exactly `headSha`. Reviews come in the
 * API's chronological order. A later change request or dismissal withdraws an approval; an
 * approval of an earlier commit, or of a commit GitHub lost (`commit_id: null`), is none.
 * Labels and comments are never approvals.
 */
export function approversOfHead(reviews: readonly ReviewFact[], headSha: string): string[] {
  const latest = new Map<string, ReviewFact>();
  for (const review of reviews) {
    if (review.login === undefined || !DECISIVE.has(review.state)) continue;
    latest.set(review.login.toLowerCase(), review);
  }
  return [...latest.values()].filter((r) => r.state === 'APPROVED' && r.commitId === headSha).map((r) => r.login!);
}
