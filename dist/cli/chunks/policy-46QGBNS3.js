import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  renderMatch,
  renderRings,
  toPolicyJson
} from "./chunk-V72NYG22.js";
import {
  readPolicyFile,
  readWorkTreePolicy
} from "./chunk-NK5T7NZD.js";
import {
  createReferenceClassifier,
  isRepositoryPath
} from "./chunk-ICJULKRC.js";
import "./chunk-VRBG56CV.js";
import {
  parseCommandArgs
} from "./chunk-FE5G7FUW.js";
import "./chunk-MLYKWJD5.js";
import {
  UsageError
} from "./chunk-K2QZ4W74.js";
import "./chunk-6RGQZ5V6.js";

// packages/cli/src/commands/policy.ts
import { resolve } from "node:path";
var VALIDATE_HELP = `Usage: ringfence policy validate [--policy FILE] [--json]

Checks a policy file: YAML, schema, ring names and globs. Without --policy, reads
.github/ringfence.yml (or .yaml) in the current directory; with neither present, the
built-in default policy applies and is valid.

Exit status: 0 valid, 1 invalid, 2 usage or runtime error (such as a missing file).`;
var EXPLAIN_HELP = `Usage: ringfence policy explain [--policy FILE] [--json] PATH...

Names the ring each repository path belongs to and the rule that put it there.

Exit status: 0 explained, 2 usage or runtime error.`;
var OPTIONS = { policy: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } };
async function load(io, file) {
  return file === void 0 ? readWorkTreePolicy(io.cwd) : readPolicyFile(resolve(io.cwd, file));
}
async function validateCommand(args, io) {
  const { values } = parseCommandArgs("policy validate", args, OPTIONS);
  if (values.help) return help(io, VALIDATE_HELP);
  const loaded = await load(io, values.policy);
  if (values.json) io.out(JSON.stringify(toPolicyJson(loaded), null, 2));
  else io.out(`${loaded.file ?? "no policy file: the built-in default policy"} is valid
${renderRings(loaded.policy)}`);
  return 0;
}
async function explainCommand(args, io) {
  const { values, positionals } = parseCommandArgs("policy explain", args, OPTIONS, true);
  if (values.help) return help(io, EXPLAIN_HELP);
  if (positionals.length === 0) throw new UsageError("USAGE_MISSING_ARGUMENT", "name at least one path (see `ringfence policy explain --help`)");
  const paths = positionals.map(normalisePath);
  const loaded = await load(io, values.policy);
  io.out(explain(loaded.policy, paths, values.json === true));
  return 0;
}
function explain(policy, paths, json) {
  const classify = createReferenceClassifier(policy.rings);
  const matches = paths.map((path) => ({ path, match: classify(path) }));
  if (!json) return matches.map(({ path, match }) => renderMatch(path, match)).join("\n");
  return JSON.stringify(
    matches.map(({ path, match }) => ({ path, ring: match?.ring.name ?? null, rule: match ? { glob: match.rule.glob, ...match.rule.origin } : null, approvals: match?.ring.approvals ?? 0 })),
    null,
    2
  );
}
function normalisePath(path) {
  const stripped = path.replace(/^(\.\/)+/u, "");
  if (!isRepositoryPath(stripped)) throw new UsageError("USAGE_INVALID_VALUE", `${JSON.stringify(path)} is not a repository path (expected a relative path such as .github/workflows/ci.yml)`);
  return stripped;
}
function help(io, text) {
  io.out(text);
  return 0;
}
export {
  EXPLAIN_HELP,
  VALIDATE_HELP,
  explainCommand,
  validateCommand
};
