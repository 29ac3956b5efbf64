// A real redis-server on loopback for the tests that share broker state. Redis needs its
// port on the command line, so a free one is found by binding 127.0.0.1:0 first. Nothing is
// persisted (no RDB, no AOF) and the server lives in a temporary folder.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One running redis-server. */
export interface RedisServer {
  /** `redis://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** Pauses the process (SIGSTOP): connections stay open, nothing answers. */
  pause(): void;
  resume(): void;
  /** Kills it at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  close(): Promise<void>;
}

/** Options of `startRedis`. */
export interface RedisServerOptions {
  readonly password?: string;
  /** `maxmemory-policy`; default noeviction, as the broker needs. */
  readonly maxmemoryPolicy?: string;
  /** A port of a server that was stopped (a restart); default a free one. */
  readonly port?: number;
}

/**
 * Whether the tests that need Redis can run here. Absent redis-server skips them with a
 * message on a developer's machine; under CI=true it is a failure (`.ci/run` installs it).
 */
export function redisServerAvailable(): boolean {
  const found = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!found && process.env['CI'] === 'true') throw new Error('redis-server is not installed; .ci/run installs it from Debian packages (apt-get install redis-server)');
  if (!found) console.warn('SKIPPED: the tests that share broker state through Redis need redis-server (apt-get install redis-server)');
  return found;
}

/** Starts redis-server on a free loopback port and resolves once it accepts connections. */
export async function startRedis(options: RedisServerOptions = {}): Promise<RedisServer> {
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'ringfence-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--maxmemory-policy', options.maxmemoryPolicy ?? 'noeviction'];
  if (options.password !== undefined) args.push('--requirepass', options.password);
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  await ready(child);
  let exited = false;
  const gone = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const kill = async () => {
    if (!exited) child.kill('SIGKILL');
    await gone;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pause: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
    kill,
    close: async () => {
      child.kill('SIGCONT');
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// redis-server says so on stdout when it accepts connections; an early exit is a failure.
function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('Ready to accept connections')) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output.slice(-2000)}`)));
  });
}
