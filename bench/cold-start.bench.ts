// Cold start of each dist/ entry and of `ringfence --version`, against a bare `node -e 0`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, args, { env: { PATH: process.env['PATH'], ...env }, stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const baseline = time(['-e', '0']);
const entries: { name: string; ms: number; overheadMs: number }[] = [];
const add = (name: string, args: string[], env?: NodeJS.ProcessEnv): void => {
  const ms = time(args, env);
  entries.push({ name, ms: Number(ms.toFixed(1)), overheadMs: Number((ms - baseline).toFixed(1)) });
};
add('ringfence --version', ['dist/cli/ringfence.js', '--version']);
add('ringfence policy explain (default policy)', ['dist/cli/ringfence.js', 'policy', 'explain', '--policy', 'test/fixtures/policies/valid/minimal.yml', 'src/a.ts']);
for (const control of existsSync('dist') ? readdirSync('dist').filter((d) => d !== 'cli') : []) {
  // Entry points read their inputs from the environment; with none they fail fast, which is the start-up cost.
  if (existsSync(join('dist', control, 'main.js'))) add(`dist/${control}/main.js`, [join('dist', control, 'main.js')], { GITHUB_OUTPUT: '/dev/null' });
}
console.log(JSON.stringify({ bench: 'cold-start', node: process.version, baselineMs: Number(baseline.toFixed(1)), entries, goal: 'overhead <= 100 ms' }));
