import { PRESETS, createReferenceClassifier } from '@ringfence/policy';
import type { Ring } from '@ringfence/policy';

export interface DetectedPreset {
  readonly preset: string;
  readonly summary: string;
  /** A few of the repository's files that the preset covers. */
  readonly examples: readonly string[];
  readonly count: number;
}

const EXAMPLES = 3;

/** Which presets cover files this repository has, with examples: what the default rings will protect. */
export function detectPresets(paths: readonly string[]): DetectedPreset[] {
  return PRESETS.flatMap((preset) => {
    const ring: Ring = { name: preset.name, description: undefined, rules: preset.entries.map((e) => ({ glob: e.glob, origin: { kind: 'preset', preset: preset.name, why: e.why } })), approvals: 1, approvers: { permission: 'write', users: [], teams: [], isTrustedSet: true }, builtin: true };
    const classify = createReferenceClassifier([ring]);
    const hits = paths.filter((p) => classify(p) !== undefined);
    return hits.length === 0 ? [] : [{ preset: preset.name, summary: preset.summary, examples: hits.slice(0, EXAMPLES), count: hits.length }];
  });
}
