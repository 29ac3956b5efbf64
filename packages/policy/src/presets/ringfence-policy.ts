import { definePreset } from './define.js';

/** The ringfence policy file: whoever can change it can change every other rule. */
export const RINGFENCE_POLICY_PRESET = definePreset({
  name: 'ringfence-policy',
  summary: 'The ringfence policy file itself.',
  entries: [
    { glob: '.github/ringfence.yml', why: 'The policy that decides who may change which files; editing it rewrites every other rule.' },
    { glob: '.github/ringfence.yaml', why: 'The policy that decides who may change which files; editing it rewrites every other rule.' },
  ],
});
