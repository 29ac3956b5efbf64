import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '@ringfence/core';
import { combineTokenPolicies, explainTokenRequest, formatExplanation, loadClaims, loadRepositoryTokenPolicy, loadTokenPolicy, loadTokenRequest } from '@ringfence/token';
import { parseCommandArgs } from '../args.js';
import type { CommandResult, Io } from '../io.js';

export const TOKEN_EXPLAIN_HELP = `Usage: ringfence token explain --policy FILE --claims FILE --request FILE
                              [--host-repository-id ID] [--default-branch NAME]
                              [--repository-policy FILE --repository-id ID] [--json]

The dry run of the token control: would this request, from a job with these OIDC claims,
be granted under this org policy? If not, which rule came closest and which field refused.

  --policy FILE            the org policy (its token: section)
  --claims FILE            the job's claims, JSON or YAML (as in its OIDC token)
  --request FILE           { "repositories": [ids], "permissions": { "contents": "read" } }
  --host-repository-id ID  the repository holding the policy (no contents/workflows/administration
                           write is granted on it); without it, on no repository at all
  --default-branch NAME    the protected branch when the policy names no protected_refs
  --repository-policy FILE a repository's own token rules, inside the org's ceiling
  --repository-id ID       that repository's id

Exit status: 0 granted, 1 refused or invalid input, 2 usage or runtime error.`;

const OPTIONS = {
  policy: { type: 'string' },
  claims: { type: 'string' },
  request: { type: 'string' },
  'host-repository-id': { type: 'string' },
  'default-branch': { type: 'string' },
  'repository-policy': { type: 'string' },
  'repository-id': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function explainTokenCommand(args: readonly string[], io: Io): Promise<CommandResult> {
  const { values } = parseCommandArgs('token explain', args, OPTIONS);
  if (values.help) {
    io.out(TOKEN_EXPLAIN_HELP);
    return 0;
  }
  const need = (name: 'policy' | 'claims' | 'request'): string => {
    const value = values[name];
    if (value === undefined) throw new UsageError('USAGE_MISSING_ARGUMENT', `--${name} FILE is required (see \`ringfence token explain --help\`)`);
    return value;
  };
  const read = async (file: string): Promise<Uint8Array> =>
    readFile(resolve(io.cwd, file)).catch((error: unknown) => {
      throw new UsageError('USAGE_INVALID_VALUE', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
    });
  const options = values['default-branch'] ? { defaultBranch: values['default-branch'] } : {};
  let policy = loadTokenPolicy(await read(need('policy')), need('policy'), options);
  if (values['repository-policy'] !== undefined) {
    const repositoryId = values['repository-id'];
    if (!repositoryId || !/^\d+$/u.test(repositoryId)) throw new UsageError('USAGE_MISSING_ARGUMENT', '--repository-policy needs --repository-id ID (the numeric id of that repository)');
    policy = combineTokenPolicies(policy, loadRepositoryTokenPolicy(await read(values['repository-policy']), values['repository-policy'], { repositoryId, ...options }));
  }
  const claims = loadClaims(await read(need('claims')), need('claims'));
  const request = loadTokenRequest(await read(need('request')), need('request'));
  const hostRepositoryId = values['host-repository-id'];
  const explanation = explainTokenRequest(policy, claims, request, hostRepositoryId ? { hostRepositoryId } : {});
  io.out(values.json ? JSON.stringify(explanation, null, 2) : formatExplanation(explanation));
  return explanation.decision.outcome === 'granted' ? 0 : 1;
}

export const TOKEN_POLICY_VALIDATE_HELP = `Usage: ringfence token policy validate --policy FILE [--default-branch NAME] [--json]

Checks the token section of an org policy: schema, permission names and levels from
GitHub's App permissions, write rules confined to protected refs or an environment, rules
bound to an owner or repository id. Every problem with file:line:column.

Exit status: 0 valid, 1 invalid, 2 usage or runtime error (such as a missing file).`;

const VALIDATE_OPTIONS = { policy: { type: 'string' }, 'default-branch': { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

/** `ringfence token policy validate`: TokenError propagates and becomes exit 1 in main. */
export async function validateTokenPolicyCommand(argv: readonly string[], io: Io): Promise<CommandResult> {
  const [sub, ...args] = argv;
  if (sub !== 'validate') throw new UsageError('USAGE_UNKNOWN_COMMAND', `unknown command \`ringfence token policy ${sub ?? ''}\` (the one command is \`ringfence token policy validate\`)`);
  const { values } = parseCommandArgs('token policy validate', args, VALIDATE_OPTIONS);
  if (values.help) {
    io.out(TOKEN_POLICY_VALIDATE_HELP);
    return 0;
  }
  if (values.policy === undefined) throw new UsageError('USAGE_MISSING_ARGUMENT', '--policy FILE is required (see `ringfence token policy validate --help`)');
  const bytes = await readFile(resolve(io.cwd, values.policy)).catch((error: unknown) => {
    throw new UsageError('USAGE_INVALID_VALUE', `cannot read ${values.policy!}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  });
  const policy = loadTokenPolicy(bytes, values.policy, values['default-branch'] ? { defaultBranch: values['default-branch'] } : {});
  const rules = policy.rules.map((rule) => ({ name: rule.name, permissions: rule.permissions, repositories: rule.repositories }));
  io.out(values.json ? JSON.stringify({ valid: true, file: values.policy, rules }, null, 2) : `${values.policy} is valid: ${rules.length} token rule${rules.length === 1 ? '' : 's'}\n${rules.map((r) => `  ${r.name}: ${Object.entries(r.permissions).map(([k, v]) => `${k}:${String(v)}`).join(', ') || 'no permissions'} on ${r.repositories.join(', ')}`).join('\n')}`);
  return 0;
}
