// `ringfence guard` end to end on a diff of 100k changed paths, against `git diff -M
// --name-status` alone on the same range, in the same run. Repository made by fast-import.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePaths } from './generate-paths.js';

const CHANGED = 100_000;
const RUNS = 7;

function buildRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ringfence-bench-'));
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const paths = [...new Set(generatePaths(CHANGED + 5000))].slice(0, CHANGED);
  const lines: string[] = ['blob', 'mark :1', 'data 2', 'a', 'blob', 'mark :2', 'data 2', 'b'];
  const commit = (ref: string, mark: number, blob: number, parent?: number): void => {
    lines.push(`commit ${ref}`, `mark :${mark}`, 'committer Bench <b@example.test> 1700000000 +0000', 'data 1', 'x');
    if (parent !== undefined) lines.push(`from :${parent}`);
    for (const path of paths) lines.push(`M 100644 :${blob} ${path}`);
  };
  commit('refs/heads/main', 10, 1);
  commit('refs/heads/feature', 11, 2, 10);
  execFileSync('git', ['-C', dir, 'fast-import', '--quiet'], { input: `${lines.join('\n')}\n` });
  return dir;
}

function median(args: readonly string[], command: string, cwd: string): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0 && result.status !== 1) throw new Error(`${command} failed: ${result.stderr.toString()}`);
  }
  return samples.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const repo = buildRepository();
try {
  const cli = join(process.cwd(), 'dist/cli/ringfence.js');
  const gitMs = median(['diff', '-M', '--name-status', 'main', 'feature'], 'git', repo);
  const guardMs = median([cli, 'guard', '--base', 'main', '--head', 'feature', '--json'], process.execPath, repo);
  const nodeMs = median(['-e', '0'], process.execPath, repo);
  console.log(JSON.stringify({ bench: 'guard-local', changedPaths: CHANGED, gitDiffMs: Number(gitMs.toFixed(1)), guardMs: Number(guardMs.toFixed(1)), nodeStartMs: Number(nodeMs.toFixed(1)), ratio: Number((guardMs / gitMs).toFixed(2)), goal: 'ratio <= 2.0' }));
} finally {
  rmSync(repo, { recursive: true, force: true });
}
