import { createClassifier, foldCase } from '@ringfence/policy';
import type { CompiledPolicy, Ring, RingRule } from '@ringfence/policy';
import type { BaseSymlink, ChangeSet, FileChange } from './changes.js';
import { FileMode } from './changes.js';
import { resolveLinkTarget } from './resolve-link.js';
import type { TouchedVia } from './verdict.js';

export interface Touch {
  readonly change: FileChange;
  readonly path: string;
  readonly via: TouchedVia;
}

export interface Assignment {
  readonly touch: Touch;
  /** Index of the ring in the layer's policy (never the open ring). */
  readonly ringIndex: number;
  readonly rule: RingRule;
}

/** Every path a change counts for, in a fixed order: its own, a rename's source, a symlink's target. */
export function forEachTouch(changes: readonly FileChange[], visit: (change: FileChange, path: string, via: TouchedVia) => void): void {
  for (const change of changes) {
    visit(change, change.path, 'path');
    if (change.previousPath !== undefined && change.previousPath !== change.path) visit(change, change.previousPath, 'previous-path');
    if (change.symlinkTarget !== undefined) {
      const target = resolveLinkTarget(change.path, change.symlinkTarget);
      if (target) visit(change, target, 'symlink-target');
    }
  }
}

const SUBMODULE_RULE_WHY = 'a submodule pointer decides what code is checked out with the repository';

/**
 * Assigns every touched path to a ring of one policy layer, after the rules that follow
 * from the base tree: a protected symlink's target joins its ring, and every gitlink
 * (submodule) change belongs to the ring of the `git-metadata` preset. Returns only the
 * protected touches, and which touches (by visiting order) are open.
 */
export function assignRings(policy: CompiledPolicy, changeSet: ChangeSet): { rings: readonly Ring[]; assignments: Assignment[]; open: Uint8Array } {
  const rings = withBaseSymlinkTargets(policy.rings, changeSet.baseSymlinks);
  const classify = createClassifier(rings);
  const gitMetadataRing = findPresetRing(rings, 'git-metadata');
  const assignments: Assignment[] = [];
  const open: number[] = [];
  let index = 0;
  forEachTouch(changeSet.changes, (change, path, via) => {
    const match = classify(path);
    if (via === 'path' && isGitlink(change) && (match === undefined || match.ringIndex > gitMetadataRing)) {
      const rule: RingRule = { glob: path, origin: { kind: 'preset', preset: 'git-metadata', why: SUBMODULE_RULE_WHY } };
      assignments.push({ touch: { change, path, via: 'submodule' }, ringIndex: gitMetadataRing, rule });
    } else if (match) assignments.push({ touch: { change, path, via }, ringIndex: match.ringIndex, rule: match.rule });
    else open.push(index);
    index++;
  });
  const flags = new Uint8Array(index);
  for (const i of open) flags[i] = 1;
  return { rings, assignments, open: flags };
}

function isGitlink(change: FileChange): boolean {
  return change.oldMode === FileMode.Gitlink || change.newMode === FileMode.Gitlink;
}

// The ring holding a preset, else the first (tightest) ring.
function findPresetRing(rings: readonly Ring[], preset: string): number {
  const index = rings.findIndex((ring) => ring.rules.some((rule) => rule.origin.kind === 'preset' && rule.origin.preset === preset));
  return index === -1 ? 0 : index;
}

function withBaseSymlinkTargets(rings: readonly Ring[], symlinks: readonly BaseSymlink[]): readonly Ring[] {
  if (symlinks.length === 0) return rings;
  const classify = createClassifier(rings);
  const extra = new Map<number, RingRule[]>();
  for (const link of symlinks) {
    const match = classify(link.path);
    const target = resolveLinkTarget(link.path, link.target);
    if (!match || target === undefined) continue;
    const from = `symlink ${link.path} in the base tree`;
    const globs = target === '' ? ['**'] : [escapeGlob(foldCase(target)), `${escapeGlob(foldCase(target))}/**`];
    const rules = extra.get(match.ringIndex) ?? [];
    rules.push(...globs.map((glob) => ({ glob, origin: { kind: 'discovered', from } }) as const));
    extra.set(match.ringIndex, rules);
  }
  return rings.map((ring, index) => (extra.has(index) ? { ...ring, rules: [...ring.rules, ...extra.get(index)!] } : ring));
}

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@\\"|$]/gu, (ch) => `\\${ch}`);
}
