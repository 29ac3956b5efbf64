// Lists a 3000-file pull request against the fake GitHub with 50 ms per request and
// compares the wall time with the critical path of dependent round trips. The fake runs in
// a worker thread, as a remote API would: its CPU time is not the client's.
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createGitHubClient, PullRequestChangeSource } from '../packages/github/src/index.js';
import { pullRequestScenario, startFakeGitHub } from '../test/servers/fake-github/index.js';

const FILES = 3000;
const LATENCY_MS = Number(process.env['BENCH_LATENCY_MS'] ?? 50);
// PR → {file pages, merge base, head tree} → {merge base tree, PR re-read}: three dependent
// round trips (a symlink among the changes would add a fourth, its blob; none here).
const DEPENDENT_ROUND_TRIPS = 3;
const ROUNDS = 5;

type ServerMessage = { url: string; head: string } | { requests: number; violations: string[] };

/** Worker side: a fresh fake per `start`, its request count on `stop`; validators stay warm. */
function serve(): void {
  let stop: (() => ServerMessage) | undefined;
  parentPort!.on('message', (command: 'start' | 'stop') => {
    if (command === 'stop') return parentPort!.postMessage(stop!());
    const s = pullRequestScenario({ files: FILES, interesting: false, baseMoved: false });
    void startFakeGitHub({ scenario: s.scenario, latencyMs: (workerData as { latencyMs: number }).latencyMs }).then((server) => {
      stop = () => {
        void server.close();
        return { requests: server.requests.length, violations: server.violations };
      };
      parentPort!.postMessage({ url: server.url, head: s.head } satisfies ServerMessage);
    });
  });
}

function ask(worker: Worker, command: 'start' | 'stop'): Promise<ServerMessage> {
  const reply = new Promise<ServerMessage>((resolve) => worker.once('message', resolve));
  worker.postMessage(command);
  return reply;
}

async function listOnce(worker: Worker): Promise<{ wallMs: number; apiCalls: number; changes: number }> {
  const { url, head } = (await ask(worker, 'start')) as { url: string; head: string };
  const client = createGitHubClient({ token: 'ghs_bench', baseUrl: url });
  const source = new PullRequestChangeSource({ client, repo: { owner: 'acme', repo: 'app' }, pullNumber: 7 });
  const start = process.hrtime.bigint();
  const changeSet = await source.listChanges({ base: 'main', head });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const { requests, violations } = (await ask(worker, 'stop')) as { requests: number; violations: string[] };
  if (violations.length > 0) throw new Error(violations.join('\n'));
  return { wallMs, apiCalls: requests, changes: changeSet.changes.length };
}

async function main(): Promise<void> {
  const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { latencyMs: LATENCY_MS } });
  await listOnce(worker); // warm-up: JIT, and the worker's OpenAPI validators
  const runs = [];
  for (let i = 0; i < ROUNDS; i++) runs.push(await listOnce(worker));
  await worker.terminate();
  const median = [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(ROUNDS / 2)]!;
  const criticalPathMs = DEPENDENT_ROUND_TRIPS * LATENCY_MS;
  console.log(
    JSON.stringify({
      bench: 'github-list-files',
      files: FILES,
      changes: median.changes,
      latencyMs: LATENCY_MS,
      wallMs: Number(median.wallMs.toFixed(1)),
      criticalPathMs,
      wallOverCriticalPath: criticalPathMs > 0 ? Number((median.wallMs / criticalPathMs).toFixed(2)) : null,
      apiCalls: median.apiCalls,
      apiCallGoal: Math.ceil(FILES / 100) + 6,
      goal: 'wall <= 1.5x critical path; api calls <= ceil(files/100) + 6',
    }),
  );
}

if (isMainThread) await main();
else serve();
