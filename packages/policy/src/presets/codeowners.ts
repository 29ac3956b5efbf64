import { definePreset } from './define.js';

/** The three places GitHub looks for a CODEOWNERS file. */
export const CODEOWNERS_PRESET = definePreset({
  name: 'codeowners',
  summary: 'CODEOWNERS files, which decide whose review a change needs.',
  entries: [
    { glob: '.github/codeowners', why: 'GitHub looks here first for the owners whose review a change requires.' },
    { glob: 'codeowners', why: 'GitHub uses this one when .github/CODEOWNERS does not exist.' },
    { glob: 'docs/codeowners', why: 'GitHub uses this one when neither .github/CODEOWNERS nor CODEOWNERS exists.' },
  ],
});
