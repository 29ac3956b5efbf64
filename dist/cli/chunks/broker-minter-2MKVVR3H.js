import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  createAppJwtSigner
} from "./chunk-AKSQEWGY.js";
import {
  GitHubApp,
  GitHubAppMinter
} from "./chunk-IT2NSH72.js";
import "./chunk-J5BA2H5W.js";
import "./chunk-KU4LF6M5.js";
import "./chunk-MKFNT44I.js";
import "./chunk-S4HC5JSW.js";
import "./chunk-ICJULKRC.js";
import "./chunk-MLYKWJD5.js";
import {
  UsageError
} from "./chunk-K2QZ4W74.js";
import "./chunk-6RGQZ5V6.js";

// packages/cli/src/broker-minter.ts
import { readFile } from "node:fs/promises";
async function createAppMinter(config, options = {}) {
  return new GitHubAppMinter(await createBrokerApp(config, options));
}
async function createBrokerApp(config, options = {}) {
  const jwt = createAppJwtSigner({ issuer: { appId: config.app.id }, privateKey: options.keySigner ?? await readPem(config) });
  return new GitHubApp({ jwt, baseUrl: process.env["GITHUB_API_URL"] ?? "https://api.github.com" });
}
async function readPem(config) {
  const source = config.app.privateKey;
  const pem = source.kind === "file" ? await readFile(source.path, "utf8").catch((error) => Promise.reject(new UsageError("USAGE_INVALID_VALUE", `cannot read the App private key file ${source.path}: ${error.code ?? String(error)}`))) : process.env[source.name];
  if (!pem) throw new UsageError("USAGE_MISSING_ARGUMENT", `the App private key is not set (${source.kind === "env" ? `environment variable ${source.name}` : source.path})`);
  return pem;
}
export {
  createAppMinter,
  createBrokerApp
};
