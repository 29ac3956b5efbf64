// The broker under load on loopback: granted exchanges at full speed and at a fixed 200/s,
// then the same 200/s while a flood of forged tokens arrives; then, when redis-server is
// installed, full speed and 200/s again with the replay cache and rate limits in a local
// Redis. The broker runs in a child process so its own CPU time per exchange can be told
// apart from the load generator's (both share this machine's cores). Bounded in count and
// in time.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBrokerConfig, startBroker } from '@ringfence/broker';
import type { MintGrant } from '@ringfence/broker';
import { startOidcIssuer } from '../test/servers/oidc-issuer/index.js';
import { startRedis } from '../test/servers/redis/index.js';

const GRANTED = 2000;
const REDIS_GRANTED = 1000;
const CONCURRENCY = 16;
const RATE = 200;
const RATE_SECONDS = 5;
const FLOOD_CONCURRENCY = 8;
const DEADLINE_MS = 120_000;
const AUDIENCE = 'https://broker.bench/ringfence';
const BODY = JSON.stringify({ permissions: { contents: 'write' } });
const started = Date.now();

type Cpu = { user: number; system: number };
type Message = { url?: string; cpu?: Cpu };

if (process.argv[2] === '--serve') await serve(process.argv[3]!);
else await main();

// The child: the broker with a minter that answers at once, as a zero-latency GitHub would.
async function serve(configFile: string): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const minter = { mint: (g: MintGrant) => Promise.resolve({ token: `ghs_${Math.random().toString(36).slice(2)}bench`, expiresAt: new Date(Date.now() + 3_600_000).toISOString(), permissions: { ...g.permissions }, repositoryIds: [...g.repositoryIds] }) };
  const broker = await startBroker(loadBrokerConfig(readFileSync(configFile), configFile), { minter }, { host: '127.0.0.1', port: 0 });
  process.on('message', (message: string) => {
    if (message === 'cpu') process.send!({ cpu: process.cpuUsage() });
    if (message === 'stop') void broker.close().then(() => process.exit(0));
  });
  process.send!({ url: broker.url });
}

async function main(): Promise<void> {
  const issuer = await startOidcIssuer({ audience: AUDIENCE });
  const dir = mkdtempSync(join(tmpdir(), 'ringfence-bench-broker-'));
  let child: ChildProcess | undefined;
  try {
    copyFileSync('test/fixtures/broker/org-policy.yml', join(dir, 'org-policy.yml'));
    const common = `version: 1\naudience: ${AUDIENCE}\nissuers: [{ url: "${issuer.issuer}", owner_ids: [987654] }]\napp: { id: 1, private_key_env: UNUSED }\npolicy: { file: org-policy.yml, host_repository_id: 100001 }\nlimits: { per_repository_per_minute: 1000000 }\n`;
    writeFileSync(join(dir, 'broker.yml'), `${common}stores: { replay: { kind: memory, max_entries: 1000000 }, audit: { kind: file, path: audit.jsonl } }\n`);
    const tokens = await Promise.all(Array.from({ length: GRANTED + 2 * RATE * RATE_SECONDS + 50 }, () => issuer.mint({ lifetimeSeconds: 600 })));
    const forged = await issuer.mint({ signer: 'stranger' });
    child = fork(process.argv[1]!, ['--serve', join(dir, 'broker.yml')], { stdio: 'inherit' });
    const url = (await next(child)).url!;
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY + FLOOD_CONCURRENCY });
    const exchange = (token: string) => post(url, token, agent);
    await pool(tokens.splice(0, 50), CONCURRENCY, exchange, 200);
    const fast = await measure(child, () => pool(tokens.splice(0, GRANTED), CONCURRENCY, exchange, 200));
    const paced = await measure(child, () => paced200(tokens.splice(0, RATE * RATE_SECONDS), exchange));
    let flooding = true;
    let refused = 0;
    const flood = Array.from({ length: FLOOD_CONCURRENCY }, async () => {
      while (flooding && Date.now() - started < DEADLINE_MS) {
        // Read the status first: `refused += await …` would add to a count read before the
        // await and drop every refusal the other workers counted meanwhile.
        const { status } = await post(url, forged, agent);
        if (status === 401) refused += 1;
      }
    });
    const underFlood = await measure(child, () => paced200(tokens.splice(0, RATE * RATE_SECONDS), exchange));
    flooding = false;
    await Promise.all(flood);
    agent.destroy();
    const report = (r: Awaited<ReturnType<typeof measure>>) => ({ exchanges: r.latencies.length, perSecond: Math.round(r.latencies.length / r.seconds), p50Ms: pct(r.latencies, 0.5), p99Ms: pct(r.latencies, 0.99), brokerCpuMsPerExchange: Number((r.cpuMs / r.latencies.length).toFixed(3)) });
    const flooded = report(underFlood);
    // Under the flood the broker's CPU serves both kinds of call: per call, not per exchange.
    const perCall = Number((underFlood.cpuMs / (underFlood.latencies.length + refused)).toFixed(3));
    child.send('stop');
    child = undefined;
    const redis = await measureWithRedis(dir, common, (count) => Promise.all(Array.from({ length: count }, () => issuer.mint({ lifetimeSeconds: 600 }))), report);
    console.log(JSON.stringify({ bench: 'broker', cores: (await import('node:os')).availableParallelism(), maxRate: report(fast), at200PerSecond: report(paced), at200UnderRefusalFlood: { ...flooded, brokerCpuMsPerExchange: undefined, brokerCpuMsPerCall: perCall, refusalsPerSecond: Math.round(refused / underFlood.seconds), p99Ratio: Number((flooded.p99Ms / report(paced).p99Ms).toFixed(2)) }, redis, goals: 'cpu <= 1 ms per granted exchange; p99 <= 25 ms at 200/s; flood slows granted p99 by <= 2x' }));
  } finally {
    child?.send('stop');
    await issuer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

type Measured = Awaited<ReturnType<typeof measure>>;

// The same broker with the replay cache and the rate limits in a local redis-server (two
// Redis round trips per exchange: the counter, then SET NX). Skipped without redis-server.
async function measureWithRedis(dir: string, common: string, mint: (count: number) => Promise<string[]>, report: (r: Measured) => unknown): Promise<unknown> {
  const { spawnSync } = await import('node:child_process');
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) return 'skipped: redis-server is not installed';
  const redis = await startRedis();
  let child: ChildProcess | undefined;
  try {
    writeFileSync(join(dir, 'broker-redis.yml'), `${common}stores: { replay: { kind: redis }, rate_limit: { kind: redis }, audit: { kind: file, path: audit-redis.jsonl } }\nredis: { url: "${redis.url}" }\n`);
    const tokens = await mint(REDIS_GRANTED + RATE * RATE_SECONDS + 50);
    child = fork(process.argv[1]!, ['--serve', join(dir, 'broker-redis.yml')], { stdio: 'inherit' });
    const url = (await next(child)).url!;
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const exchange = (token: string) => post(url, token, agent);
    await pool(tokens.splice(0, 50), CONCURRENCY, exchange, 200);
    const fast = await measure(child, () => pool(tokens.splice(0, REDIS_GRANTED), CONCURRENCY, exchange, 200));
    const paced = await measure(child, () => paced200(tokens.splice(0, RATE * RATE_SECONDS), exchange));
    agent.destroy();
    return { maxRate: report(fast), at200PerSecond: report(paced) };
  } finally {
    child?.send('stop');
    await redis.close();
  }
}

function next(child: ChildProcess): Promise<Message> {
  return new Promise((resolve) => child.once('message', (message) => resolve(message as Message)));
}

async function measure(child: ChildProcess, run: () => Promise<number[]>): Promise<{ latencies: number[]; seconds: number; cpuMs: number }> {
  child.send('cpu');
  const before = (await next(child)).cpu!;
  const start = process.hrtime.bigint();
  const latencies = await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  child.send('cpu');
  const after = (await next(child)).cpu!;
  return { latencies, seconds, cpuMs: (after.user - before.user + after.system - before.system) / 1000 };
}

// Sends each token with at most `concurrency` in flight; returns latencies in ms.
async function pool(tokens: string[], concurrency: number, send: (token: string) => Promise<{ status: number; ms: number }>, expected: number): Promise<number[]> {
  const latencies: number[] = [];
  const worker = async () => {
    for (let token = tokens.shift(); token !== undefined && Date.now() - started < DEADLINE_MS; token = tokens.shift()) {
      const { status, ms } = await send(token);
      if (status !== expected) throw new Error(`exchange answered ${status}`);
      latencies.push(ms);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}

// Starts one exchange every 1/RATE s whatever the previous ones are doing (an open-loop load).
async function paced200(tokens: string[], send: (token: string) => Promise<{ status: number; ms: number }>): Promise<number[]> {
  const start = Date.now();
  const calls = tokens.map(async (token, i) => {
    await new Promise((resolve) => setTimeout(resolve, start + (i * 1000) / RATE - Date.now()));
    const { status, ms } = await send(token);
    if (status !== 200) throw new Error(`exchange answered ${status}`);
    return ms;
  });
  return Promise.all(calls);
}

function post(url: string, token: string, agent: Agent): Promise<{ status: number; ms: number }> {
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request(`${url}/v1/exchange`, { method: 'POST', agent, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - start) / 1e6 }));
    });
    req.on('error', reject);
    req.end(BODY);
  });
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Number((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(2));
}
