import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  guardLocally,
  renderGuardVerdict
} from "./chunk-VUTDQHGV.js";
import "./chunk-J5BA2H5W.js";
import "./chunk-NK5T7NZD.js";
import "./chunk-S4HC5JSW.js";
import "./chunk-ICJULKRC.js";
import {
  findRepositoryRoot
} from "./chunk-VRBG56CV.js";
import {
  parseCommandArgs
} from "./chunk-FE5G7FUW.js";
import "./chunk-MLYKWJD5.js";
import {
  UsageError
} from "./chunk-K2QZ4W74.js";
import "./chunk-6RGQZ5V6.js";

// packages/cli/src/commands/guard.ts
import { resolve } from "node:path";
var GUARD_HELP = `Usage: ringfence guard --base REF [--head REF] [--repo DIR] [--author LOGIN]
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
var OPTIONS = {
  repo: { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  author: { type: "string" },
  trust: { type: "string" },
  "approved-by": { type: "string", multiple: true },
  maintainer: { type: "string", multiple: true },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
async function guardCommand(args, io) {
  const { values } = parseCommandArgs("guard", args, OPTIONS);
  if (values.help) {
    io.out(GUARD_HELP);
    return 0;
  }
  if (!values.base) throw new UsageError("USAGE_MISSING_ARGUMENT", "--base REF is required (the branch the change would merge into, e.g. --base origin/main)");
  const trust = values.trust ?? "external";
  if (trust !== "maintainer" && trust !== "external") throw new UsageError("USAGE_INVALID_VALUE", `--trust must be maintainer or external, not ${JSON.stringify(trust)}`);
  const repo = await findRepositoryRoot(resolve(io.cwd, values.repo ?? "."));
  const verdict = await guardLocally({
    repo,
    base: values.base,
    head: values.head ?? "HEAD",
    author: values.author ?? "unknown",
    trust,
    approvedBy: values["approved-by"] ?? [],
    maintainers: values.maintainer ?? []
  });
  io.out(values.json ? JSON.stringify(verdict, null, 2) : renderGuardVerdict(verdict));
  return verdict.outcome === "allowed" ? 0 : 1;
}
export {
  GUARD_HELP,
  guardCommand
};
