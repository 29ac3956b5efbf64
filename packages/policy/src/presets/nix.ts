import { definePreset } from './define.js';

/** Nix expressions and the pins that decide which sources they build from. */
export const NIX_PRESET = definePreset({
  name: 'nix',
  summary: 'Nix flakes, expressions and source pins.',
  entries: [
    { glob: '**/flake.nix', why: 'Flake outputs: what nix build, nix develop and nix run build and run.' },
    { glob: '**/flake.lock', why: 'Pins the revision and hash of every flake input.' },
    { glob: '**/*.nix', why: 'Nix expressions that define packages, shells and their build scripts.' },
    { glob: '**/nix/sources.json', why: 'niv pins: the URL and hash of every source the Nix expressions fetch.' },
  ],
});
