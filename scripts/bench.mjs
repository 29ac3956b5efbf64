// `npm run bench`: bundles each bench/*.bench.ts with esbuild and runs it in its own process,
// one after the other, printing one JSON line per benchmark. Never part of `npm test`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const only = process.argv.slice(2);
const outdir = '.bench';
mkdirSync(outdir, { recursive: true });
for (const file of readdirSync('bench').filter((f) => f.endsWith('.bench.ts')).sort()) {
  const name = file.replace(/\.bench\.ts$/u, '');
  if (only.length > 0 && !only.includes(name)) continue;
  const outfile = join(outdir, `${name}.mjs`);
  await build({ entryPoints: [join('bench', file)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', banner: { js: "import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);" } });
  execFileSync(process.execPath, [outfile], { stdio: 'inherit' });
}
