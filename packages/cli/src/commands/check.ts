import { findRepositoryRoot, resolveCommit } from '@ringfence/git';
import { parseCommandArgs } from '../args.js';
import type { CommandResult, Io } from '../io.js';
import { toPolicyJson } from '../policy-json.js';
import { readCommittedPolicy } from '../policy-source.js';
import { renderRings } from '../render-policy.js';

export const CHECK_HELP = `Usage: ringfence check [--json]

Every local check on the repository you stand in: the policy as committed at HEAD
(never the work tree), then its rings.

Exit status: 0 valid, 1 invalid policy, 2 cannot tell (not a git repository, ...).`;

const OPTIONS = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export async function checkCommand(args: readonly string[], io: Io): Promise<CommandResult> {
  const { values } = parseCommandArgs('check', args, OPTIONS);
  if (values.help) {
    io.out(CHECK_HELP);
    return 0;
  }
  const repo = await findRepositoryRoot(io.cwd);
  const head = await resolveCommit(repo, 'HEAD');
  const loaded = await readCommittedPolicy(repo, head);
  if (values.json) io.out(JSON.stringify({ policy: toPolicyJson(loaded), head }, null, 2));
  else io.out(`policy: ${loaded.file ?? 'none committed: the built-in default policy applies'} at ${head.slice(0, 12)} is valid\n${renderRings(loaded.policy)}`);
  return 0;
}
