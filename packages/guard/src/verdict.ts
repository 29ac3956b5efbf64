import type { Verdict, Warning } from '@ringfence/core';
import type { ChangeKind } from './changes.js';

/** How a path came to be counted in a ring. */
export type TouchedVia = 'path' | 'previous-path' | 'symlink-target' | 'submodule';

export interface TouchedPath {
  readonly path: string;
  readonly kind: ChangeKind;
  readonly via: TouchedVia;
  /** The rule that put the path in its ring, in words (for `explain`-like output). */
  readonly rule: string;
}

/** One ring of one policy layer that the change touches. */
export interface RingReport {
  readonly layer: 'org' | 'repository';
  readonly ring: string;
  readonly paths: readonly TouchedPath[];
  readonly approvalsRequired: number;
  /** Approvals still needed after the author's own standing (0 when satisfied). */
  readonly approvalsMissing: number;
  readonly approvedBy: readonly string[];
  readonly authorQualifies: boolean;
  /** Who may approve, in words (users, teams, role). */
  readonly whoCanApprove: string;
  readonly satisfied: boolean;
}

export interface GuardDetail {
  readonly author: { readonly login: string; readonly maintainer: boolean };
  readonly rings: readonly RingReport[];
  readonly openPaths: number;
  readonly warnings: readonly Warning[];
}

export type GuardVerdict = Verdict<GuardDetail>;
