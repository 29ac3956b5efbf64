import { definePreset } from './define.js';

/** Files inside the working tree that change what git and Git LFS fetch or how they treat content. */
export const GIT_METADATA_PRESET = definePreset({
  name: 'git-metadata',
  summary: 'Git metadata in the working tree: submodules, attributes, Git LFS settings and a shared hooks directory.',
  entries: [
    { glob: '.gitmodules', why: 'Names the URL and path of every submodule, and so which code a recursive checkout fetches.' },
    { glob: '**/.gitattributes', why: 'Chooses the filter, diff and merge drivers and LFS handling applied to matching files.' },
    { glob: '.lfsconfig', why: 'Git LFS settings, including the server large files are downloaded from.' },
    { glob: '.githooks/**', why: 'Usual directory that core.hooksPath points at; its hooks run on commit and push.' },
  ],
});
