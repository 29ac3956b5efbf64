import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  mintToken
} from "./chunk-AKSQEWGY.js";
import {
  readFileEntryAtRef,
  readRepository
} from "./chunk-IT2NSH72.js";
import "./chunk-J5BA2H5W.js";
import "./chunk-KU4LF6M5.js";
import "./chunk-MKFNT44I.js";
import "./chunk-S4HC5JSW.js";
import "./chunk-ICJULKRC.js";
import "./chunk-MLYKWJD5.js";
import {
  describeThrown
} from "./chunk-K2QZ4W74.js";
import "./chunk-6RGQZ5V6.js";

// packages/cli/src/broker-policy-reader.ts
var AppPolicyFileReader = class {
  constructor(app, config, onNote = () => void 0) {
    this.app = app;
    this.config = config;
    this.onNote = onNote;
  }
  app;
  config;
  onNote;
  async read() {
    const { owner, repo, path, ref } = this.config;
    const deps = { installations: this.app, issuer: this.app, revoker: this.app, mask: () => void 0 };
    const reader = await mintToken({ installation: { kind: "repository", owner, repo }, repositories: { names: [repo] }, permissions: { contents: "read" }, purpose: "the policy reader" }, deps);
    try {
      const client = this.app.installationClient(reader.token);
      const [repository, file] = await Promise.all([readRepository(client, { owner, repo }), readFileEntryAtRef(client, { owner, repo }, qualifiedBranch(ref), path)]);
      return { repository: { id: String(repository.id), fullName: repository.fullName, defaultBranch: repository.defaultBranch }, file };
    } finally {
      await this.app.revokeToken(reader.token).catch((error) => this.onNote(`the policy reader token could not be revoked and expires within the hour: ${describeThrown(error)}`));
    }
  }
};
function qualifiedBranch(ref) {
  return ref.startsWith("refs/") || /^[0-9a-f]{40}$/u.test(ref) ? ref : `refs/heads/${ref}`;
}
export {
  AppPolicyFileReader,
  qualifiedBranch
};
