import { UsageError } from '@ringfence/core';
import { findRepositoryRoot } from '@ringfence/git';
import { resolve } from 'node:path';
import { parseCommandArgs } from '../args.js';
import type { CommandResult, Io } from '../io.js';
import { guardLocally } from '../local-guard.js';
import { renderGuardVerdict } from '../render-verdict.js';

export const GUARD_HELP = `Usage: ringfence guard --base REF [--head REF] [--repo DIR] [--author LOGIN]
                      [--trust maintainer|external] [--approved-by LOGIN]... [--maintainer LOGIN]... [--json]

Judges the changes from the merge base of BASE and HEAD to HEAD under the policy of the
BASE commit, as the guard action would. Local approvals are assertions: an approver counts
if the ring names them or --maintainer says they are a maintainer.

  --head REF          default HEAD
  --author LOGIN      who wrote the change (default: unknown)
  --trust T           maintainer or external (default: external, the strict view)
  --approved-by L     an approval of the head commit (repeat for several)
  --maintainer L      L holds the trusted role (repeat for several)

Exit status: 0 allowed, 1 blocked, 2 usage or runtime error.`;

const OPTIONS = {
  repo: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  author: { type: 'string' },
  trust: { type: 'string' },
  'approved-by': { type: 'string', multiple: true },
  maintainer: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function guardCommand(args: readonly string[], io: Io): Promise<CommandResult> {
  const { values } = parseCommandArgs('guard', args, OPTIONS);
  if (values.help) {
    io.out(GUARD_HELP);
    return 0;
  }
  if (!values.base) throw new UsageError('USAGE_MISSING_ARGUMENT', '--base REF is required (the branch the change would merge into, e.g. --base origin/main)');
  const trust = values.trust ?? 'external';
  if (trust !== 'maintainer' && trust !== 'external') throw new UsageError('USAGE_INVALID_VALUE', `--trust must be maintainer or external, not ${JSON.stringify(trust)}`);
  const repo = await findRepositoryRoot(resolve(io.cwd, values.repo ?? '.'));
  const verdict = await guardLocally({
    repo,
    base: values.base,
    head: values.head ?? 'HEAD',
    author: values.author ?? 'unknown',
    trust,
    approvedBy: values['approved-by'] ?? [],
    maintainers: values.maintainer ?? [],
  });
  io.out(values.json ? JSON.stringify(verdict, null, 2) : renderGuardVerdict(verdict));
  return verdict.outcome === 'allowed' ? 0 : 1;
}
