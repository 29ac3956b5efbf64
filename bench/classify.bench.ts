// Classifies 100k generated paths against the default policy, in process, on one core.
import { createClassifier, createReferenceClassifier, defaultPolicy } from '../packages/policy/src/index.js';
import { generatePaths } from './generate-paths.js';

const PATHS = generatePaths(100_000);
const policy = defaultPolicy();

function measure(name: string, classify: (p: string) => unknown, rounds: number): { name: string; pathsPerSecond: number } {
  for (const p of PATHS.slice(0, 5000)) classify(p);
  const start = process.hrtime.bigint();
  let protectedCount = 0;
  for (let r = 0; r < rounds; r++) for (const p of PATHS) if (classify(p)) protectedCount++;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { name, pathsPerSecond: Math.round((PATHS.length * rounds) / seconds), protected: protectedCount / rounds } as never;
}

const compileStart = process.hrtime.bigint();
const fast = createClassifier(policy.rings);
const compileMs = Number(process.hrtime.bigint() - compileStart) / 1e6;
const results = [measure('compiled classifier', fast, 10), measure('plain picomatch (reference)', createReferenceClassifier(policy.rings), 1)];
console.log(JSON.stringify({ bench: 'classify', paths: PATHS.length, rules: policy.rings.reduce((n, r) => n + r.rules.length, 0), compileMs: Number(compileMs.toFixed(2)), results, goal: '>= 2,000,000 paths/s' }));
