import type { TokenPolicy } from '@ringfence/token';
import type { AuditEvent } from './audit/audit-event.js';

/** Exactly what the policy granted, for one owner's installation. */
export interface MintGrant {
  /** `repository_owner` of the verified token: the installation to mint from. */
  readonly owner: string;
  readonly ownerId: string;
  readonly repositoryIds: readonly string[];
  readonly permissions: Readonly<Record<string, string>>;
}

/** What the minter says it minted (GitHub's answer, as reported by the adapter). */
export interface MintedAnswer {
  readonly token: string;
  /** ISO 8601. */
  readonly expiresAt: string;
  readonly permissions: Record<string, string>;
  /** Repository ids the token reaches; empty means GitHub did not list them (treated as all). */
  readonly repositoryIds: string[];
}

/**
 * Mints an installation token (the GitHub App adapter implements it). The broker checks
 * the answer against the grant and revokes anything broader.
 */
export interface TokenMinter {
  mint(grant: MintGrant): Promise<MintedAnswer>;
  /** Invalidates a token this minter issued (`DELETE /installation/token`). */
  revoke?(token: string): Promise<void>;
}

/**
 * Remembers ID tokens already used. `claim` is atomic: true the first time a key is seen,
 * false ever after, until `keepUntil` (epoch ms), which outlasts the token's acceptance.
 */
export interface ReplayStore {
  claim(key: string, keepUntil: number): Promise<boolean>;
}

/** One call counted in a window: how many calls the window holds now, and when it ends. */
export interface WindowCount {
  /** Calls counted in the window, this one included. */
  readonly count: number;
  /** Milliseconds until the window ends and the count starts again from zero. */
  readonly resetInMs: number;
}

/**
 * Counts calls per key in fixed windows. `hit` is atomic: it adds one to the key's count
 * (a window of `windowMs` starts with the first call) and returns the new count. Throws a
 * BrokerError (RATE_LIMIT_UNAVAILABLE) when it cannot tell, so the call is refused.
 */
export interface RateLimitStore {
  hit(key: string, windowMs: number): Promise<WindowCount>;
}

/** Where audit events go. A write that fails makes the exchange fail (and revokes its token). */
export interface AuditSink {
  write(event: AuditEvent): Promise<void>;
}

/** Which policy decided: where it was read and the git blob SHA of its bytes. */
export interface PolicyVersion {
  /** `owner/repo/path@ref`, or the file's path. */
  readonly where: string;
  /** The git blob SHA of the policy file (`git hash-object`), the same for both sources. */
  readonly blobSha: string;
}

/** The token policy in force; throws when it cannot be read, so every exchange fails closed. */
export interface PolicySource {
  current(): Promise<TokenPolicy>;
  /** The policy in force and which one it is, for the audit log (sources that can tell). */
  currentVersion?(): Promise<{ readonly policy: TokenPolicy; readonly version: PolicyVersion }>;
}

/** The org policy file as one read of the policy repository found it. */
export interface PolicyFileRead {
  /** What GitHub answered for the repository: the id and name it has now, its default branch. */
  readonly repository: { readonly id: string; readonly fullName: string; readonly defaultBranch: string };
  /** Absent when the ref holds no such file (GitHub's 404). */
  readonly file: { readonly bytes: Uint8Array; readonly blobSha: string } | undefined;
}

/**
 * Reads the org policy file at a ref of the policy repository (the GitHub adapter, with a
 * contents:read token of the App on that repository only). Throws when it cannot tell.
 */
export interface PolicyFileReader {
  read(): Promise<PolicyFileRead>;
}
