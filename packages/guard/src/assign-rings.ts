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
  /** Index of the ring in the layer's policy, or -1 for the open ring. */
  readonly ringIndex: number;
  readonly rule: RingRule | undefined;
}

/** Every path a change counts for: its own, a rename's source, a symlink's target. */
export function listTouches(changes: readonly FileChange[]): Touch[] {
  const touches: Touch[] = [];
  for (const change of changes) {
    touches.push({ change, path: change.path, via: 'path' });
    if (change.previousPath !== undefined && change.previousPath !== change.path) touches.push({ change, path: change.previousPath, via: 'previous-path' });
    if (change.symlinkTarget !== undefined) {
      const target = resolveLinkTarget(change.path, change.symlinkTarget);
      if (target) touches.push({ change, path: target, via: 'symlink-target' });
    }
  }
  return touches;
}

/**
 * Assigns every touched path to a ring of one policy layer, after the rules that follow
 * from the base tree: a protected symlink's target joins its ring, and every gitlink
 * (submodule) change belongs to the ring of the `git-metadata` preset.
 */
export function assignRings(policy: CompiledPolicy, changeSet: ChangeSet, touches: readonly Touch[]): { rings: readonly Ring[]; assignments: Assignment[] } {
  const rings = withBaseSymlinkTargets(policy.rings, changeSet.baseSymlinks);
  const classify = createClassifier(rings);
  const gitMetadataRing = findPresetRing(rings, 'git-metadata');
  const assignments = touches.map((touch): Assignment => {
    const match = classify(touch.path);
    if (isGitlink(touch.change) && touch.via === 'path' && (match === undefined || match.ringIndex > gitMetadataRing)) {
      return { touch: { ...touch, via: 'submodule' }, ringIndex: gitMetadataRing, rule: { glob: touch.path, origin: { kind: 'preset', preset: 'git-metadata', why: 'a submodule pointer decides what code is checked out with the repository' } } };
    }
    return { touch, ringIndex: match?.ringIndex ?? -1, rule: match?.rule };
  });
  return { rings, assignments };
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
  return path.replace(/[*?[\]{}()!+@\\]/gu, (ch) => `\\${ch}`);
}
