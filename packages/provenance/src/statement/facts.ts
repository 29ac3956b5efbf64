import type { ApprovalEvidence } from '../evidence/approval-evidence.js';

/**
 * Where a group of facts came from. `verified-id-token`: claims of an OIDC token whose
 * signature, issuer, audience and lifetime were checked, which a step of the job cannot
 * forge. `runner-environment`: `GITHUB_*` variables, which any earlier step could change.
 */
export type FactSource = 'verified-id-token' | 'runner-environment';

/** The workflow run that built the subjects, all from one source. */
export interface WorkflowRun<Source extends FactSource = FactSource> {
  readonly source: Source;
  /** `owner/repo` */
  readonly repository: string;
  readonly repositoryId: string;
  readonly repositoryOwnerId: string;
  /** `refs/heads/main`, `refs/tags/v1.2.0` */
  readonly ref: string;
  /** The commit built, 40 (SHA-1) or 64 (SHA-256) hex digits. */
  readonly sha: string;
  readonly eventName: string;
  /** The top-level workflow: `owner/repo/.github/workflows/release.yml@refs/heads/main`. */
  readonly workflowRef: string;
  /**
   * The workflow that runs this job: a reusable workflow's own ref inside one. Only the
   * token carries it; from the environment it equals `workflowRef`.
   */
  readonly jobWorkflowRef: string;
  readonly runId: string;
  readonly runAttempt: string;
  /** `github-hosted` or `self-hosted` */
  readonly runnerEnvironment: string;
}

/** Times the caller measured (its own clock), when it knows them. */
export interface BuildTimes {
  readonly startedOn?: Date;
  readonly finishedOn?: Date;
}

/** Facts of a run on GitHub Actions. */
export interface GitHubActionsFacts extends BuildTimes {
  readonly kind: 'github-actions';
  /** `GITHUB_SERVER_URL` (runner environment; the token does not carry it): `https://github.com`. */
  readonly serverUrl: string;
  readonly run: WorkflowRun;
  /** The approval gate's evidence, recorded at `internalParameters.ringfence.approval`. */
  readonly approval?: ApprovalEvidence;
}

/** Facts of a run outside GitHub Actions, all supplied by the caller and vouched for by no one else. */
export interface LocalFacts extends BuildTimes {
  readonly kind: 'local';
  /** What made the statement, e.g. `urn:ringfence:cli`. */
  readonly builderId: string;
  /** Globally unique, e.g. `urn:uuid:…`. */
  readonly invocationId: string;
  readonly builderVersion?: Readonly<Record<string, string>>;
  /** The commit checked out, when the work tree is a git repository. */
  readonly source?: { readonly commit: string; readonly ref?: string };
}

/** Everything the statement builder needs besides the subjects. */
export type ProvenanceFacts = GitHubActionsFacts | LocalFacts;
