import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  POLICY_PATHS,
  PolicyError,
  defaultPolicy,
  loadPolicy
} from "./chunk-ICJULKRC.js";
import {
  readFilesAtCommit
} from "./chunk-VRBG56CV.js";
import {
  RingfenceError,
  gitBlobSha
} from "./chunk-K2QZ4W74.js";

// packages/cli/src/policy-source.ts
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
var PolicyFileError = class extends RingfenceError {
};
async function readPolicyFile(file) {
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") throw new PolicyFileError("POLICY_FILE_MISSING", `policy file not found: ${file}`);
    throw new PolicyFileError("POLICY_FILE_UNREADABLE", `cannot read policy file ${file}: ${error.message}`, { cause: error });
  }
  return { policy: loadPolicy(bytes, file), file, blobSha: gitBlobSha(bytes) };
}
async function readWorkTreePolicy(root) {
  const present = [];
  for (const path of POLICY_PATHS) {
    if (await stat(join(root, path)).then((s) => s.isFile(), () => false)) present.push(path);
  }
  return choose(present, async (path) => readPolicyFile(join(root, path)));
}
async function readCommittedPolicy(repo, commit) {
  const files = await readFilesAtCommit(repo, commit, [...POLICY_PATHS]);
  const present = POLICY_PATHS.filter((path) => files.get(path) !== void 0);
  return choose(present, (path) => {
    const bytes = files.get(path);
    return Promise.resolve({ policy: loadPolicy(bytes, path), file: path, blobSha: gitBlobSha(bytes) });
  });
}
async function choose(present, load) {
  if (present.length > 1) {
    throw new PolicyError([{ code: "POLICY_AMBIGUOUS", file: present.join(" and "), line: 0, column: 0, pointer: "", message: "both policy files exist; ringfence would not know which one applies", expected: "exactly one of .github/ringfence.yml and .github/ringfence.yaml" }]);
  }
  const [path] = present;
  return path === void 0 ? { policy: defaultPolicy(), file: void 0, blobSha: void 0 } : load(path);
}

export {
  readPolicyFile,
  readWorkTreePolicy,
  readCommittedPolicy
};
