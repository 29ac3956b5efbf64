import { findDefaultBranch, findRepositoryRoot, resolveCommit } from '@ringfence/git';
import { parseCommandArgs } from '../args.js';
import type { CommandResult, Io } from '../io.js';
import { guardLocally } from '../local-guard.js';
import { toPolicyJson } from '../policy-json.js';
import { readCommittedPolicy } from '../policy-source.js';
import { renderRings } from '../render-policy.js';
import { renderGuardVerdict } from '../render-verdict.js';

export const CHECK_HELP = `Usage: ringfence check [--json]

Every local check on the repository you stand in:
  1. the policy as committed at HEAD (never the work tree) is valid;
  2. guard: the current branch against its merge base with the default branch, judged
     as an external contributor's change under the default branch's policy.

Exit status: 0 valid policy and nothing needs approval (including no changes);
1 invalid policy, or approvals needed (printed: which, from whom);
2 cannot tell (not a git repository, no default branch, shallow clone), with the fix.`;

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
  const base = await findDefaultBranch(repo);
  const verdict = await guardLocally({ repo, base, head, author: 'external contributor', trust: 'external', approvedBy: [], maintainers: [] });
  if (values.json) io.out(JSON.stringify({ policy: toPolicyJson(loaded), head, base, guard: verdict }, null, 2));
  else {
    io.out(`policy: ${loaded.file ?? 'none committed: the built-in default policy applies'} at ${head.slice(0, 12)} is valid\n${renderRings(loaded.policy)}\n`);
    io.out(`judging HEAD against ${base} as an external contributor's change:\n${renderGuardVerdict(verdict)}`);
  }
  return verdict.outcome === 'allowed' ? 0 : 1;
}
