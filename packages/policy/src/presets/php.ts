import { definePreset } from './define.js';

/** Composer manifests, lock files and the PHP version pin. */
export const PHP_PRESET = definePreset({
  name: 'php',
  summary: 'PHP: Composer manifests and lock files, and the PHP version pin.',
  entries: [
    { glob: '**/composer.json', why: 'Composer runs the scripts declared here on install and update, and it lists repositories and plugins.' },
    { glob: '**/composer.lock', why: 'Pins the version, source and checksum of every package Composer installs.' },
    { glob: '**/.php-version', why: 'Chooses the PHP release that setup-php and version managers install.' },
  ],
});
