import { resolve } from 'node:path';
import { UsageError } from '@ringfence/core';
import { createReferenceClassifier, isRepositoryPath } from '@ringfence/policy';
import type { CompiledPolicy } from '@ringfence/policy';
import { parseCommandArgs } from '../args.js';
import type { CommandResult, Io } from '../io.js';
import { readPolicyFile, readWorkTreePolicy } from '../policy-source.js';
import type { LoadedPolicy } from '../policy-source.js';
import { renderMatch, renderRings } from '../render-policy.js';
import { toPolicyJson } from '../policy-json.js';

export const VALIDATE_HELP = `Usage: ringfence policy validate [--policy FILE] [--json]

Checks a policy file: YAML, schema, ring names and globs. Without --policy, reads
.github/ringfence.yml (or .yaml) in the current directory; with neither present, the
built-in default policy applies and is valid.

Exit status: 0 valid, 1 invalid, 2 usage or runtime error (such as a missing file).`;

export const EXPLAIN_HELP = `Usage: ringfence policy explain [--policy FILE] [--json] PATH...

Names the ring each repository path belongs to and the rule that put it there.

Exit status: 0 explained, 2 usage or runtime error.`;

const OPTIONS = { policy: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

async function load(io: Io, file: string | undefined): Promise<LoadedPolicy> {
  return file === undefined ? readWorkTreePolicy(io.cwd) : readPolicyFile(resolve(io.cwd, file));
}

/** `ringfence policy validate`: PolicyError propagates and becomes exit 1 in main. */
export async function validateCommand(args: readonly string[], io: Io): Promise<CommandResult> {
  const { values } = parseCommandArgs('policy validate', args, OPTIONS);
  if (values.help) return help(io, VALIDATE_HELP);
  const loaded = await load(io, values.policy);
  if (values.json) io.out(JSON.stringify(toPolicyJson(loaded), null, 2));
  else io.out(`${loaded.file ?? 'no policy file: the built-in default policy'} is valid\n${renderRings(loaded.policy)}`);
  return 0;
}

/** `ringfence policy explain PATH…` */
export async function explainCommand(args: readonly string[], io: Io): Promise<CommandResult> {
  const { values, positionals } = parseCommandArgs('policy explain', args, OPTIONS, true);
  if (values.help) return help(io, EXPLAIN_HELP);
  if (positionals.length === 0) throw new UsageError('USAGE_MISSING_ARGUMENT', 'name at least one path (see `ringfence policy explain --help`)');
  const paths = positionals.map(normalisePath);
  const loaded = await load(io, values.policy);
  io.out(explain(loaded.policy, paths, values.json === true));
  return 0;
}

function explain(policy: CompiledPolicy, paths: readonly string[], json: boolean): string {
  const classify = createReferenceClassifier(policy.rings);
  const matches = paths.map((path) => ({ path, match: classify(path) }));
  if (!json) return matches.map(({ path, match }) => renderMatch(path, match)).join('\n');
  return JSON.stringify(
    matches.map(({ path, match }) => ({ path, ring: match?.ring.name ?? null, rule: match ? { glob: match.rule.glob, ...match.rule.origin } : null, approvals: match?.ring.approvals ?? 0 })),
    null,
    2,
  );
}

// Accepts what a shell completes (`./x`); anything else must already be a repository path.
function normalisePath(path: string): string {
  const stripped = path.replace(/^(\.\/)+/u, '');
  if (!isRepositoryPath(stripped)) throw new UsageError('USAGE_INVALID_VALUE', `${JSON.stringify(path)} is not a repository path (expected a relative path such as .github/workflows/ci.yml)`);
  return stripped;
}

function help(io: Io, text: string): CommandResult {
  io.out(text);
  return 0;
}
