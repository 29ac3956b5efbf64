import { ExitCode, RingfenceError, describeThrown, redactSecrets } from '@ringfence/core';
import type { CommandResult, Io } from './io.js';
import { VERSION } from './version.js';

type Command = (args: readonly string[], io: Io) => Promise<CommandResult>;

// Each command loads only its own modules, so `--version` and `--help` start fast.
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check.js')).checkCommand,
  'policy validate': async () => (await import('./commands/policy.js')).validateCommand,
  'policy explain': async () => (await import('./commands/policy.js')).explainCommand,
  guard: async () => (await import('./commands/guard.js')).guardCommand,
  provenance: async () => (await import('./commands/provenance.js')).provenanceCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
  verify: async () => (await import('./commands/verify.js')).verifyCommand,
  'conformance verify-bundle': async () => (await import('./commands/conformance.js')).conformanceVerifyBundleCommand,
  'broker serve': async () =>
    (await import('./commands/broker.js')).createBrokerServeCommand({
      createMinter: async (config) => (await import('./broker-minter.js')).createAppMinter(config),
      createPolicyReader: async (policy, config, note) => new (await import('./broker-policy-reader.js')).AppPolicyFileReader(await (await import('./broker-minter.js')).createBrokerApp(config), policy, note),
    }),
  'broker config': async () => (await import('./commands/broker.js')).brokerConfigCommand,
  'token explain': async () => (await import('./commands/token.js')).explainTokenCommand,
  'token policy': async () => (await import('./commands/token.js')).validateTokenPolicyCommand,
  doctor: async () => (await import('./commands/doctor.js')).createDoctorCommand({ env: process.env }),
};

export const HELP = `Usage: ringfence <command> [options]

Commands:
  check                      every local check on the repository you stand in
  init                       set a repository up: starter policy, guard workflow, ruleset
  policy validate            check a policy file (file:line:column for every problem)
  policy explain PATH...     which ring a path belongs to, and why
  guard --base REF           judge a branch's changes as the guard action would
  token policy validate      check the token section of an org policy (file:line:column)
  token explain              would a token request be granted, and if not, which rule and field refuse it
  conformance verify-bundle  the Sigstore conformance protocol's verify-bundle (exit 0 = verified)
  verify ARTIFACT --bundle F check an artifact's signed provenance against expectations
  broker serve --config FILE exchange jobs' OIDC ID tokens for scoped installation tokens
  broker config validate     check a broker configuration and the policy it names
  provenance --subjects GLOB describe files in SLSA provenance (signed with --key, else unsigned)
  doctor --repository O/R    check through the API that a repository (or --org ORG) lets the guard work

Options: --help on any command, --version, --json on any command for one JSON document.
Exit status: 0 allowed/valid, 1 blocked/invalid, 2 usage or runtime error.`;

/** Runs one CLI invocation and returns its exit code; never throws, never prints a stack for a user mistake. */
export async function runCli(argv: readonly string[], io: Io): Promise<CommandResult> {
  const [first, second] = argv;
  if (first === '--version' || first === '-v') {
    io.out(VERSION);
    return ExitCode.Ok;
  }
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.out(HELP);
    return first === undefined ? ExitCode.Error : ExitCode.Ok;
  }
  const name = second !== undefined && COMMANDS[`${first} ${second}`] ? `${first} ${second}` : first;
  const load = COMMANDS[name];
  if (!load) {
    io.err(`ringfence: unknown command ${JSON.stringify(argv.slice(0, 2).join(' '))}\n\n${HELP}`);
    return ExitCode.Error;
  }
  const rest = argv.slice(name.split(' ').length);
  try {
    return await (await load())(rest, io);
  } catch (thrown) {
    return reportFailure(thrown, rest.includes('--json'), io);
  }
}

function reportFailure(thrown: unknown, json: boolean, io: Io): CommandResult {
  if (isPolicyError(thrown)) {
    const problems = thrown.problems;
    if (json) io.out(JSON.stringify({ valid: false, problems }, null, 2));
    io.err(redactSecrets(thrown.message.split('\n').map((line) => `error: ${line}`).join('\n')));
    return ExitCode.Negative;
  }
  if (thrown instanceof RingfenceError) {
    io.err(`ringfence: ${redactSecrets(thrown.message)} [${thrown.code}]`);
    return ExitCode.Error;
  }
  io.err(`ringfence: internal error: ${redactSecrets(describeThrown(thrown))}`);
  if (thrown instanceof Error && thrown.stack) io.err(redactSecrets(thrown.stack));
  return ExitCode.Error;
}

// Checked by shape, so that this module does not load the policy package for `--version`.
function isPolicyError(thrown: unknown): thrown is RingfenceError & { problems: readonly unknown[] } {
  return thrown instanceof RingfenceError && /^(POLICY|TOKEN_(POLICY|REQUEST|CLAIMS)|BROKER_CONFIG)_/u.test(String(thrown.code)) && Array.isArray((thrown as { problems?: unknown }).problems);
}
