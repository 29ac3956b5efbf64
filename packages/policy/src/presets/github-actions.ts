import { definePreset } from './define.js';

/** Workflows, local actions and the repository's automation settings on GitHub. */
export const GITHUB_ACTIONS_PRESET = definePreset({
  name: 'github-actions',
  summary: 'GitHub Actions workflows, local actions, workflow templates and Dependabot configuration.',
  entries: [
    { glob: '.github/workflows/**', why: 'GitHub runs these workflows with the repository token and its secrets.' },
    { glob: '**/action.yml', why: 'Defines an action that a workflow can run from a local path such as ./tools/release.' },
    { glob: '**/action.yaml', why: 'Defines an action that a workflow can run from a local path such as ./tools/release.' },
    { glob: '.github/actions/**', why: 'Usual home of local actions and the scripts they run.' },
    { glob: '.github/workflow-templates/**', why: "In an organization's .github repository these become starter workflows for every repository." },
    { glob: '.github/dependabot.yml', why: 'Chooses the registries, credentials and update rules Dependabot works with.' },
    { glob: '.github/dependabot.yaml', why: 'Chooses the registries, credentials and update rules Dependabot works with.' },
  ],
});
