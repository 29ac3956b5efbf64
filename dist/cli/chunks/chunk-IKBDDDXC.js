import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  fetchTrustedRootFromTuf,
  loadTrustedRoots
} from "./chunk-BV3N2UXF.js";
import {
  UsageError
} from "./chunk-K2QZ4W74.js";

// packages/cli/src/tuf-flags.ts
import { homedir } from "node:os";
import { join, resolve } from "node:path";
var TRUST_FLAGS = {
  "trusted-root": { type: "string" },
  "tuf-mirror": { type: "string" },
  "tuf-root": { type: "string" },
  "tuf-cache": { type: "string" }
};
var TUF_FLAGS = ["tuf-mirror", "tuf-root", "tuf-cache"];
function tufRequested(values) {
  return TUF_FLAGS.some((flag) => values[flag] !== void 0);
}
async function resolveTrustedRoots(values, io, deps, defaultMirror) {
  const file = values["trusted-root"];
  const tufFlag = TUF_FLAGS.find((flag) => values[flag] !== void 0);
  if (file !== void 0 && tufFlag) throw new UsageError("USAGE_INVALID_VALUE", `--${tufFlag} fetches the trusted root over TUF, which --trusted-root FILE replaces: give one or the other`);
  if (file !== void 0) return loadTrustedRoots(resolve(io.cwd, file));
  const mirrorUrl = values["tuf-mirror"] ?? defaultMirror;
  const options = {
    cacheDir: values["tuf-cache"] === void 0 ? defaultTufCache(deps.env) : resolve(io.cwd, values["tuf-cache"]),
    ...mirrorUrl === void 0 ? {} : { mirrorUrl },
    ...values["tuf-root"] === void 0 ? {} : { rootPath: resolve(io.cwd, values["tuf-root"]) },
    ...deps.tufRetries === void 0 ? {} : { retries: deps.tufRetries }
  };
  const root = await fetchTrustedRootFromTuf(options);
  io.err(`trusted root: trusted_root.json from ${mirrorUrl ?? "the Sigstore public-good TUF mirror"}, verified through TUF`);
  return [root];
}
function defaultTufCache(env, platform = process.platform) {
  if (env["RUNNER_TEMP"]) return join(env["RUNNER_TEMP"], "ringfence-tuf");
  const home = env["HOME"] || homedir();
  if (platform === "win32") return join(env["LOCALAPPDATA"] || join(home, "AppData", "Local"), "ringfence", "tuf");
  if (platform === "darwin") return join(home, "Library", "Caches", "ringfence", "tuf");
  return join(env["XDG_CACHE_HOME"] || join(home, ".cache"), "ringfence", "tuf");
}

export {
  TRUST_FLAGS,
  tufRequested,
  resolveTrustedRoots
};
