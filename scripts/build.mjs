// Regenerates schema/ and the standalone validators, then bundles every entry point with
// esbuild into one self-contained file each (the CLI: an entry and its command chunks), no
// timestamps, no minify, so a rebuild on any machine gives the same bytes (CI checks this).
import { execFileSync } from 'node:child_process';
import { chmod, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

execFileSync(process.execPath, ['scripts/generate-app-permissions.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/generate.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/generate-root-action.mjs'], { stdio: 'inherit' });

// ESM bundles still meet CommonJS dependencies that call require() on Node built-ins.
const REQUIRE_SHIM = "import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);";

async function exists(path) {
  return stat(path).then(() => true, () => false);
}

async function entryPoints() {
  const entries = [{ in: 'packages/cli/src/main.ts', out: 'cli/ringfence', split: true }];
  for (const control of (await readdir('actions')).sort()) {
    for (const kind of ['main', 'post']) {
      const source = join('actions', control, `${kind}.ts`);
      if (await exists(source)) entries.push({ in: source, out: `${control}/${kind}` });
    }
  }
  return entries;
}

await rm('dist', { recursive: true, force: true });
for (const entry of await entryPoints()) {
  await build({
    entryPoints: [{ in: entry.in, out: entry.out }],
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'bundle',
    // The CLI alone is split: each command's modules load only when that command runs, so
    // `ringfence check` does not parse the broker's Redis client or sigstore-js. Chunk names
    // are content hashes, so the bytes stay the same on every machine.
    splitting: entry.split === true,
    ...(entry.split === true ? { chunkNames: 'cli/chunks/[name]-[hash]' } : {}),
    minify: false,
    sourcemap: false,
    legalComments: 'eof',
    charset: 'utf8',
    logLevel: 'warning',
    banner: { js: [entry.banner, REQUIRE_SHIM].filter(Boolean).join('\n') },
  });
}
// The CLI is run directly through package.json's bin.
await chmod('dist/cli/ringfence.js', 0o755);
