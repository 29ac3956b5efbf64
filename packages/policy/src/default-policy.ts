import { DISCOVERED_PRESET } from './schema/policy-schema.js';
import type { RingDocument } from './types.js';

/** Path of the policy file, and the alternative extension that may not sit beside it. */
export const POLICY_PATHS = ['.github/ringfence.yml', '.github/ringfence.yaml'] as const;

/** Presets of the built-in `ci` ring: what defines CI itself and who reviews it. */
export const CI_PRESETS = ['github-actions', 'codeowners', 'ringfence-policy', DISCOVERED_PRESET] as const;

/** Rings appended by `extends: default` (and the whole policy when there is no file). */
export function defaultRings(buildPresets: readonly string[]): readonly RingDocument[] {
  return [
    { name: 'ci', description: 'Workflows, local actions, code owners, this policy and what CI executes.', presets: [...CI_PRESETS], approvals: 1 },
    { name: 'build', description: 'Build definitions, manifests and lock files of every ecosystem.', presets: buildPresets, approvals: 1 },
  ];
}

export const BUILTIN_RING_NAMES = ['ci', 'build'] as const;
