import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BrokerConfigError, readBrokerConfigFile, startBroker } from '@ringfence/broker';
import type { BrokerConfig, PolicyFileReader, RepositoryPolicyConfig, RunningBroker, TokenMinter } from '@ringfence/broker';
import { UsageError, redactSecrets } from '@ringfence/core';
import { loadTokenPolicy } from '@ringfence/token';
import { parseCommandArgs } from '../args.js';
import type { CommandResult, Io } from '../io.js';

/** `ringfence broker serve --help`. */
export const BROKER_SERVE_HELP = `Usage: ringfence broker serve --config FILE [--port N] [--host ADDRESS]

Runs the token broker: exchanges a job's GitHub OIDC ID token for an installation token
the org policy allows (POST /v1/exchange), explains a request without minting
(POST /v1/explain), and serves /healthz and /metrics. SIGHUP reads the policy again (the
file, or the policy repository through the GitHub API);
SIGINT or SIGTERM stops it.

  --config FILE   the broker configuration (YAML or JSON; schema/broker-config.schema.json)
  --port N        overrides server.port (default 8080; 0 picks a free port)
  --host ADDRESS  overrides server.host (default 127.0.0.1)

Exit status: 0 stopped by a signal, 2 usage or runtime error (such as an invalid configuration).`;

/** `ringfence broker config --help`. */
export const BROKER_CONFIG_HELP = `Usage: ringfence broker config validate --config FILE [--json]

Checks a broker configuration (file:line:column for every problem) and the token policy
file it names.

Exit status: 0 valid, 1 invalid, 2 usage or runtime error.`;

/** What `broker serve` is composed with: the minter, and (for tests) when to stop. */
export interface BrokerCommandDeps {
  /** Builds the minter (the GitHub App adapter) from the configuration, which names the App and its key. */
  createMinter(config: BrokerConfig): TokenMinter | Promise<TokenMinter>;
  /** Builds the reader of the policy repository (with `policy.repository`); `note` reaches stderr. */
  createPolicyReader?(config: RepositoryPolicyConfig, app: BrokerConfig, note: (text: string) => void): PolicyFileReader | Promise<PolicyFileReader>;
  /** Resolves when the broker should stop. Default: the first SIGINT or SIGTERM. */
  stopped?: (broker: RunningBroker) => Promise<void>;
}

type Command = (args: readonly string[], io: Io) => Promise<CommandResult>;

const SERVE_OPTIONS = { config: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

/** `ringfence broker serve`, composed with a minter factory. */
export function createBrokerServeCommand(deps: BrokerCommandDeps): Command {
  return async (args, io) => {
    const { values } = parseCommandArgs('broker serve', args, SERVE_OPTIONS);
    if (values.help) return help(io, BROKER_SERVE_HELP);
    const config = await readBrokerConfigFile(resolve(io.cwd, needConfig(values.config, 'broker serve')));
    const listen = { host: values.host ?? config.server.host, port: values.port === undefined ? config.server.port : parsePort(values.port) };
    const policyReader = await createPolicyReader(config, deps, io);
    // Policy reads that change or fail reach the operator's log; details name no secret.
    const onPolicyReload = (result: string, detail?: string) => void (result !== 'unchanged' && io.err(`ringfence broker: policy ${result}${detail === undefined ? '' : `: ${redactSecrets(detail)}`}`));
    const broker = await startBroker(config, { minter: await deps.createMinter(config), ...policyReader, onPolicyReload, ...readRedisPassword(config) }, listen);
    io.err(`ringfence broker: listening on ${broker.url}; audience ${config.audience}; issuers ${config.issuers.map((i) => i.url).join(', ')}${config.redis ? `; shared stores in ${config.redis.url}` : ''}`);
    if (config.stores.audit.kind === 'memory') io.err('ringfence broker: warning: the audit log is in memory only (stores.audit.kind: memory)');
    const reload = () => void broker.refreshPolicy();
    process.on('SIGHUP', reload);
    try {
      await (deps.stopped ?? untilSignal)(broker);
    } finally {
      process.off('SIGHUP', reload);
      await broker.close();
    }
    io.err('ringfence broker: stopped');
    return 0;
  };
}

// The reader of the policy repository, when the policy is read from one.
async function createPolicyReader(config: BrokerConfig, deps: BrokerCommandDeps, io: Io): Promise<{ policyReader?: PolicyFileReader }> {
  if (config.policy.kind !== 'repository') return {};
  if (!deps.createPolicyReader) throw new UsageError('USAGE_INVALID_VALUE', `${config.file}: policy.repository is not supported by this build of the broker; use policy.file`);
  return { policyReader: await deps.createPolicyReader(config.policy, config, (text) => io.err(`ringfence broker: ${text}`)) };
}

// The password named by redis.password_env, read here like the App key, never from the file.
function readRedisPassword(config: BrokerConfig): { redisPassword?: string } {
  const name = config.redis?.passwordEnv;
  if (name === undefined) return {};
  const password = process.env[name];
  if (!password) throw new UsageError('USAGE_MISSING_ARGUMENT', `the Redis password is not set (environment variable ${name}, named by redis.password_env)`);
  return { redisPassword: password };
}

const CONFIG_OPTIONS = { config: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

/** `ringfence broker config validate`. */
export async function brokerConfigCommand(args: readonly string[], io: Io): Promise<CommandResult> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h') return help(io, BROKER_CONFIG_HELP);
  if (sub !== 'validate') throw new UsageError('USAGE_UNKNOWN_COMMAND', `unknown command "broker config ${sub ?? ''}" (see \`ringfence broker config --help\`)`);
  const { values } = parseCommandArgs('broker config validate', rest, CONFIG_OPTIONS);
  if (values.help) return help(io, BROKER_CONFIG_HELP);
  let config: BrokerConfig;
  try {
    config = await readBrokerConfigFile(resolve(io.cwd, needConfig(values.config, 'broker config validate')));
  } catch (error) {
    if (!(error instanceof BrokerConfigError)) throw error;
    if (values.json) io.out(JSON.stringify({ valid: false, problems: error.problems }, null, 2));
    io.err(error.message.split('\n').map((line) => `error: ${line}`).join('\n'));
    return 1;
  }
  const policyFile = config.policy;
  let rules: number | undefined;
  if (policyFile.kind === 'file') {
    const bytes = await readFile(policyFile.file).catch(() => undefined);
    if (bytes === undefined) {
      io.err(`error: ${config.file}: policy.file ${policyFile.file} cannot be read`);
      return 1;
    }
    // The policy's own TokenError becomes exit 1 with its file:line:column in run-cli.
    rules = loadTokenPolicy(bytes, policyFile.file, { defaultBranch: policyFile.defaultBranch }).rules.length;
  }
  if (values.json) io.out(JSON.stringify({ valid: true, config }, null, 2));
  else io.out(describeConfig(config, rules));
  return 0;
}

// The policy repository is read by `serve` at start-up (validate stays offline).
function describePolicy(config: BrokerConfig, rules: number | undefined): string {
  const policy = config.policy;
  if (policy.kind === 'file') return `${policy.file} (${rules} token rules; host repository ${policy.hostRepositoryId})`;
  return `${policy.owner}/${policy.repo}/${policy.path}@${policy.ref} through the GitHub API, read at start-up and every ${policy.refreshSeconds}s, served at most ${policy.maxStaleSeconds}s past a failed read (host repository ${policy.hostRepositoryId})`;
}

function describeConfig(config: BrokerConfig, rules: number | undefined): string {
  const lines = [`${config.file} is valid`, `  audience: ${config.audience}`];
  for (const issuer of config.issuers) lines.push(`  issuer: ${issuer.url} (owners ${issuer.ownerIds.join(', ')}; keys ${issuer.jwksUrl})`);
  lines.push(`  app: ${config.app.id}, key from ${config.app.privateKey.kind === 'file' ? 'a file' : `$${config.app.privateKey.name}`}`);
  lines.push(`  policy: ${describePolicy(config, rules)}`);
  lines.push(`  audit: ${config.stores.audit.kind === 'file' ? config.stores.audit.path : 'in memory only'}`);
  const where = (kind: string) => (kind === 'redis' ? `in Redis ${config.redis!.url}` : 'in memory (this instance only)');
  lines.push(`  replay cache: ${where(config.stores.replay.kind)}; call counts: ${where(config.stores.rateLimit.kind)}`);
  lines.push(`  limits: ${config.limits.perRepositoryPerMinute} calls per repository per minute${config.limits.globalPerMinute === undefined ? '' : `, ${config.limits.globalPerMinute} in all`}`);
  return lines.join('\n');
}

function needConfig(value: string | undefined, command: string): string {
  if (value === undefined) throw new UsageError('USAGE_MISSING_ARGUMENT', `--config FILE is required (see \`ringfence ${command} --help\`)`);
  return value;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d{1,5}$/u.test(text) || port > 65_535) throw new UsageError('USAGE_INVALID_VALUE', `--port must be a number from 0 to 65535, not ${JSON.stringify(text)}`);
  return port;
}

function untilSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

function help(io: Io, text: string): CommandResult {
  io.out(text);
  return 0;
}
