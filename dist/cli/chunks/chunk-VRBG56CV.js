import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  RingfenceError
} from "./chunk-K2QZ4W74.js";

// packages/git/src/errors.ts
var GitError = class extends RingfenceError {
};

// packages/git/src/run-git.ts
import { spawn } from "node:child_process";
var SAFE_CONFIG = ["-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false", "-c", "diff.external=", "-c", "core.pager=cat", "-c", "core.quotePath=false"];
var SAFE_ENV = { GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", GIT_PAGER: "cat", LC_ALL: "C", GIT_NO_REPLACE_OBJECTS: "1" };
function runGit(repo, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", [...SAFE_CONFIG, "-C", repo, ...args], { shell: false, env: { ...inheritedEnv(), ...SAFE_ENV }, stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    const errors = [];
    child.stdout.on("data", options.onStdout ?? ((chunk) => chunks.push(chunk)));
    child.stderr.on("data", (chunk) => errors.push(chunk));
    child.on("error", (error) => reject(new GitError("GIT_NOT_INSTALLED", `could not run git: ${error.message}`, { cause: error })));
    child.on("close", (code, signal) => {
      const stderr = Buffer.concat(errors).toString("utf8").trim();
      resolve({ exitCode: code ?? (signal ? 128 : 1), stdout: Buffer.concat(chunks), stderr: signal ? `git was stopped by ${signal}. ${stderr}` : stderr });
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input);
  });
}
async function gitText(repo, args, what) {
  const result = await runGit(repo, args);
  if (result.exitCode !== 0) throw new GitError("GIT_FAILED", `${what} failed: ${result.stderr || `git exited ${result.exitCode}`}`);
  return result.stdout.toString("utf8").trim();
}
function inheritedEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== void 0 && !key.startsWith("GIT_")) env[key] = value;
  }
  return env;
}

// packages/git/src/refs.ts
async function findRepositoryRoot(dir) {
  const result = await runGit(dir, ["rev-parse", "--show-toplevel"]);
  if (result.exitCode !== 0) throw new GitError("GIT_NOT_A_REPOSITORY", `${dir} is not inside a git repository (run this in a clone, or pass --repo DIR)`);
  return result.stdout.toString("utf8").trim();
}
async function resolveCommit(repo, ref) {
  const result = await runGit(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  const sha = result.stdout.toString("utf8").trim();
  if (result.exitCode !== 0 || !/^[0-9a-f]{40,64}$/u.test(sha)) {
    throw new GitError("GIT_UNKNOWN_REF", `unknown ref ${JSON.stringify(ref)}: no commit by that name (fetch it first, e.g. git fetch origin ${ref})`);
  }
  return sha;
}
async function isShallow(repo) {
  return await gitText(repo, ["rev-parse", "--is-shallow-repository"], "checking for a shallow clone") === "true";
}
async function findMergeBase(repo, base, head) {
  const result = await runGit(repo, ["merge-base", "--end-of-options", base, head]);
  const sha = result.stdout.toString("utf8").trim();
  if (result.exitCode === 0 && sha !== "") return sha;
  if (await isShallow(repo)) {
    throw new GitError("GIT_SHALLOW", "this is a shallow clone and the merge base is not in it: run `git fetch --unshallow` (or use actions/checkout with fetch-depth: 0)");
  }
  throw new GitError("GIT_NO_MERGE_BASE", `${base} and ${head} have no common history: nothing to compare against`);
}
async function findDefaultBranch(repo) {
  const symbolic = await runGit(repo, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]);
  if (symbolic.exitCode === 0) return symbolic.stdout.toString("utf8").trim().replace(/^refs\/remotes\//u, "");
  for (const candidate of ["refs/remotes/origin/main", "refs/remotes/origin/master", "refs/heads/main", "refs/heads/master"]) {
    const found = await runGit(repo, ["rev-parse", "--verify", "--quiet", candidate]);
    if (found.exitCode === 0) return candidate.replace(/^refs\/(remotes|heads)\//u, "");
  }
  throw new GitError("GIT_NO_DEFAULT_BRANCH", "no default branch found (no origin/HEAD, main or master): pass --base REF, or run `git remote set-head origin --auto`");
}
async function currentBranch(repo) {
  const result = await runGit(repo, ["symbolic-ref", "--quiet", "--short", "HEAD"]);
  return result.exitCode === 0 ? result.stdout.toString("utf8").trim() : void 0;
}

// packages/git/src/parse-raw-diff.ts
import { isAscii } from "node:buffer";
var HEADER = /^:([0-7]{6}) ([0-7]{6}) ([0-9a-f]{40}|[0-9a-f]{64}) ([0-9a-f]{40}|[0-9a-f]{64}) ([ACDMRTUXB])(\d{0,3})$/u;
var decoder = new TextDecoder("utf-8", { fatal: true });
var RawDiffParser = class {
  constructor(onRecord) {
    this.onRecord = onRecord;
  }
  onRecord;
  pending = Buffer.alloc(0);
  header;
  firstPath;
  push(chunk) {
    const data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    let start = 0;
    for (let nul = data.indexOf(0, start); nul !== -1; nul = data.indexOf(0, start)) {
      this.field(data.subarray(start, nul));
      start = nul + 1;
    }
    this.pending = Buffer.from(data.subarray(start));
  }
  /** Throws if the output stopped in the middle of a record. */
  end() {
    if (this.pending.length > 0 || this.header) throw new GitError("GIT_OUTPUT_MALFORMED", "git diff output ended in the middle of a record");
  }
  field(bytes) {
    if (!this.header) {
      this.header = parseHeader(bytes);
      return;
    }
    const path = decodePath(bytes);
    const { status, oldMode, newMode } = this.header;
    const twoPaths = status === "R" || status === "C";
    if (twoPaths && this.firstPath === void 0) {
      this.firstPath = path;
      return;
    }
    const record = twoPaths ? { status, oldMode, newMode, path, previousPath: this.firstPath } : { status, oldMode, newMode, path };
    this.header = void 0;
    this.firstPath = void 0;
    this.onRecord(record);
  }
};
var COLON = 58;
var SPACE = 32;
var SHA1_STATUS_AT = 1 + 7 + 7 + 41 + 41;
function parseHeader(bytes) {
  if (bytes.length >= SHA1_STATUS_AT + 1 && bytes.length <= SHA1_STATUS_AT + 4 && bytes[0] === COLON && bytes[7] === SPACE && bytes[14] === SPACE && bytes[55] === SPACE && bytes[96] === SPACE && isOctal(bytes, 1) && isOctal(bytes, 8)) {
    const status = String.fromCharCode(bytes[SHA1_STATUS_AT]);
    if ("ACDMRTUXB".includes(status) && isHexOrDigits(bytes, 15, 55) && isHexOrDigits(bytes, 56, 96) && isHexOrDigits(bytes, SHA1_STATUS_AT + 1, bytes.length)) {
      return { status, oldMode: bytes.toString("latin1", 1, 7), newMode: bytes.toString("latin1", 8, 14) };
    }
  }
  const text = bytes.toString("latin1");
  const header = HEADER.exec(text);
  if (!header) throw new GitError("GIT_OUTPUT_MALFORMED", `unexpected git diff record ${JSON.stringify(text.slice(0, 120))}`);
  return { status: header[5], oldMode: header[1], newMode: header[2] };
}
function isOctal(bytes, at) {
  for (let i = at; i < at + 6; i++) if (bytes[i] < 48 || bytes[i] > 55) return false;
  return true;
}
function isHexOrDigits(bytes, from, to) {
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (!(b >= 48 && b <= 57 || b >= 97 && b <= 102)) return false;
  }
  return true;
}
function decodePath(bytes) {
  if (isAscii(bytes)) return bytes.toString("latin1");
  try {
    return decoder.decode(bytes);
  } catch {
    throw new GitError("GIT_PATH_UNREADABLE", `a changed path is not valid UTF-8 (bytes ${bytes.toString("hex")}); it cannot be matched exactly`);
  }
}

// packages/git/src/list-files.ts
async function listTrackedFiles(repo) {
  const result = await runGit(repo, ["ls-files", "-z", "--full-name"]);
  if (result.exitCode !== 0) throw new GitError("GIT_FAILED", `git ls-files failed: ${result.stderr}`);
  const paths = [];
  let start = 0;
  for (let nul = result.stdout.indexOf(0); nul !== -1; nul = result.stdout.indexOf(0, start)) {
    paths.push(decodePath(result.stdout.subarray(start, nul)));
    start = nul + 1;
  }
  return paths;
}

// packages/git/src/read-blobs.ts
async function readFilesAtCommit(repo, commit, paths) {
  const out = /* @__PURE__ */ new Map();
  if (paths.length === 0) return out;
  for (const path of paths) {
    if (path.includes("\n")) throw new GitError("GIT_PATH_UNREADABLE", `cannot read a path containing a newline: ${JSON.stringify(path)}`);
  }
  const input = Buffer.from(paths.map((p) => `${commit}:${p}
`).join(""), "utf8");
  const result = await runGit(repo, ["cat-file", "--batch"], { input });
  if (result.exitCode !== 0) throw new GitError("GIT_FAILED", `git cat-file failed: ${result.stderr}`);
  let offset = 0;
  for (const path of paths) {
    const newline = result.stdout.indexOf(10, offset);
    if (newline === -1) throw new GitError("GIT_OUTPUT_MALFORMED", `git cat-file ended before ${JSON.stringify(path)}`);
    const header = result.stdout.subarray(offset, newline).toString("utf8");
    offset = newline + 1;
    if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
      out.set(path, void 0);
      continue;
    }
    const [, type, size] = header.split(" ");
    if (type !== "blob") throw new GitError("GIT_PATH_UNREADABLE", `${JSON.stringify(path)} at ${commit} is a ${type ?? "unknown object"}, not a file`);
    const length = Number(size);
    out.set(path, result.stdout.subarray(offset, offset + length));
    offset += length + 1;
  }
  return out;
}

// packages/git/src/list-changes.ts
var SYMLINK = "120000";
var KINDS = { A: "added", M: "modified", D: "deleted", R: "renamed", C: "copied", T: "type-changed" };
var GitChangeSource = class {
  constructor(repo) {
    this.repo = repo;
  }
  repo;
  async listChanges(range) {
    const [baseSha, headSha] = await Promise.all([resolveCommit(this.repo, range.base), resolveCommit(this.repo, range.head)]);
    const mergeBaseSha = await findMergeBase(this.repo, baseSha, headSha);
    const [changes, baseSymlinks] = await Promise.all([this.diff(mergeBaseSha, headSha).then((records) => this.withSymlinkTargets(headSha, records)), this.listSymlinks(mergeBaseSha)]);
    return { baseSha, headSha, mergeBaseSha, changes, baseSymlinks };
  }
  async diff(from, to) {
    const records = [];
    const parser = new RawDiffParser((record) => records.push(record));
    let parseError;
    const result = await runGit(this.repo, ["diff", "--raw", "-z", "-M", "--no-abbrev", "--no-ext-diff", "--no-textconv", "--no-color", "--ignore-submodules=none", from, to, "--"], {
      onStdout: (chunk) => {
        if (parseError) return;
        try {
          parser.push(chunk);
        } catch (error) {
          parseError = error;
        }
      }
    });
    if (parseError) throw parseError;
    if (result.exitCode !== 0) throw new GitError("GIT_FAILED", `git diff ${from} ${to} failed: ${result.stderr}`);
    parser.end();
    return records;
  }
  async withSymlinkTargets(headSha, records) {
    const linkPaths = records.filter((r) => r.newMode === SYMLINK && r.status !== "D").map((r) => r.path);
    const targets = await readFilesAtCommit(this.repo, headSha, linkPaths);
    return records.map((record) => toChange(record, targets.get(record.path)));
  }
  async listSymlinks(commit) {
    const result = await runGit(this.repo, ["ls-tree", "-r", "-z", "--full-tree", commit]);
    if (result.exitCode !== 0) throw new GitError("GIT_FAILED", `git ls-tree ${commit} failed: ${result.stderr}`);
    const paths = findSymlinkEntries(result.stdout);
    const targets = await readFilesAtCommit(this.repo, commit, paths);
    return paths.map((path) => ({ path, target: decodeTarget(path, targets.get(path)) }));
  }
};
function findSymlinkEntries(listing) {
  const paths = [];
  const marker = Buffer.from(`${SYMLINK} `);
  for (let at = listing.indexOf(marker); at !== -1; at = listing.indexOf(marker, at + 1)) {
    if (at !== 0 && listing[at - 1] !== 0) continue;
    const tab = listing.indexOf(9, at);
    const end = listing.indexOf(0, at);
    if (tab === -1 || end !== -1 && tab > end) throw new GitError("GIT_OUTPUT_MALFORMED", "unexpected git ls-tree entry");
    paths.push(decodePath(listing.subarray(tab + 1, end === -1 ? listing.length : end)));
    at = end === -1 ? listing.length : end;
  }
  return paths;
}
function toChange(record, target) {
  const change = { kind: KINDS[record.status] ?? "unknown", path: record.path, oldMode: record.oldMode, newMode: record.newMode };
  if (record.previousPath !== void 0) change.previousPath = record.previousPath;
  if (record.newMode === SYMLINK && record.status !== "D") change.symlinkTarget = decodeTarget(record.path, target);
  return change;
}
function decodeTarget(path, target) {
  if (target === void 0) throw new GitError("GIT_PATH_UNREADABLE", `symlink ${JSON.stringify(path)} has no readable target`);
  return Buffer.from(target).toString("utf8");
}

// packages/git/src/base-file-reader.ts
var GitBaseFileReader = class {
  constructor(repo, commit) {
    this.repo = repo;
    this.commit = commit;
  }
  repo;
  commit;
  async readFile(path) {
    return (await readFilesAtCommit(this.repo, this.commit, [path])).get(path);
  }
  async listFiles(dir) {
    const prefix = dir.replace(/\/+$/u, "");
    const pathspec = prefix === "" ? [] : ["--", `${prefix}/`];
    const result = await runGit(this.repo, ["ls-tree", "-z", "--full-tree", this.commit, ...pathspec]);
    if (result.exitCode !== 0) throw new GitError("GIT_FAILED", `git ls-tree ${prefix} failed: ${result.stderr}`);
    return result.stdout.toString("utf8").split("\0").filter((entry) => / blob [0-9a-f]+\t/u.test(entry) || entry.startsWith("120000 ")).map((entry) => entry.slice(entry.indexOf("	") + 1));
  }
};

export {
  findRepositoryRoot,
  resolveCommit,
  findDefaultBranch,
  currentBranch,
  readFilesAtCommit,
  GitChangeSource,
  GitBaseFileReader,
  listTrackedFiles
};
