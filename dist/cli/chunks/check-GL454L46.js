import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  renderRings,
  toPolicyJson
} from "./chunk-V72NYG22.js";
import {
  guardLocally,
  renderGuardVerdict
} from "./chunk-VUTDQHGV.js";
import "./chunk-J5BA2H5W.js";
import {
  readCommittedPolicy
} from "./chunk-NK5T7NZD.js";
import "./chunk-S4HC5JSW.js";
import "./chunk-ICJULKRC.js";
import {
  findDefaultBranch,
  findRepositoryRoot,
  resolveCommit
} from "./chunk-VRBG56CV.js";
import {
  parseCommandArgs
} from "./chunk-FE5G7FUW.js";
import "./chunk-MLYKWJD5.js";
import "./chunk-K2QZ4W74.js";
import "./chunk-6RGQZ5V6.js";

// packages/cli/src/commands/check.ts
var CHECK_HELP = `Usage: ringfence check [--json]

Every local check on the repository you stand in:
  1. the policy as committed at HEAD (never the work tree) is valid;
  2. guard: the current branch against its merge base with the default branch, judged
     as an external contributor's change under the default branch's policy.

Exit status: 0 valid policy and nothing needs approval (including no changes);
1 invalid policy, or approvals needed (printed: which, from whom);
2 cannot tell (not a git repository, no default branch, shallow clone), with the fix.`;
var OPTIONS = { json: { type: "boolean" }, help: { type: "boolean", short: "h" } };
async function checkCommand(args, io) {
  const { values } = parseCommandArgs("check", args, OPTIONS);
  if (values.help) {
    io.out(CHECK_HELP);
    return 0;
  }
  const repo = await findRepositoryRoot(io.cwd);
  const head = await resolveCommit(repo, "HEAD");
  const loaded = await readCommittedPolicy(repo, head);
  const base = await findDefaultBranch(repo);
  const verdict = await guardLocally({ repo, base, head, author: "external contributor", trust: "external", approvedBy: [], maintainers: [] });
  if (values.json) io.out(JSON.stringify({ policy: toPolicyJson(loaded), head, base, guard: verdict }, null, 2));
  else {
    io.out(`policy: ${loaded.file ?? "none committed: the built-in default policy applies"} at ${head.slice(0, 12)} is valid
${renderRings(loaded.policy)}
`);
    io.out(`judging HEAD against ${base} as an external contributor's change:
${renderGuardVerdict(verdict)}`);
  }
  return verdict.outcome === "allowed" ? 0 : 1;
}
export {
  CHECK_HELP,
  checkCommand
};
