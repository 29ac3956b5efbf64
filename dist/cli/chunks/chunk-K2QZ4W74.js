import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);

// packages/core/src/errors.ts
var RingfenceError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
};
var UsageError = class extends RingfenceError {
};
function describeThrown(thrown) {
  if (thrown instanceof Error) return thrown.message;
  if (typeof thrown === "string") return thrown;
  return `non-error value thrown: ${String(thrown)}`;
}

// packages/core/src/exit-codes.ts
var ExitCode = {
  Ok: 0,
  Negative: 1,
  Error: 2
};

// packages/core/src/escape.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\\]/gu;
function escapeUntrusted(text) {
  return text.replace(UNSAFE, (ch) => {
    if (ch === "\\") return "\\\\";
    if (ch === "\n") return "\\n";
    if (ch === "\r") return "\\r";
    if (ch === "	") return "\\t";
    return `\\u{${ch.codePointAt(0).toString(16)}}`;
  });
}

// packages/core/src/redact.ts
var SECRET_SHAPES = [
  /\b(?:ghp|gho|ghu|ghs|ghr|github_pat)_[A-Za-z0-9_]{16,}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g
];
var REDACTED = "[redacted]";
function redactSecrets(text) {
  return SECRET_SHAPES.reduce((out, shape) => out.replace(shape, REDACTED), text);
}

// packages/core/src/verdict.ts
var VERDICT_VERSION = 1;
var REASON_CODES = [
  "RING_APPROVAL_REQUIRED",
  "POLICY_FILE_CHANGED",
  "POLICY_INVALID",
  "CHANGE_KIND_UNKNOWN",
  "CHANGESET_INCOMPLETE",
  "DISCOVERY_UNRESOLVED",
  "TRUST_UNKNOWN",
  "INPUT_ERROR",
  "PROVENANCE_UNVERIFIED",
  "HEAD_SHARED",
  // The provenance approval gate's refusals (@ringfence/provenance GateReasonCode says when each applies).
  "GATE_EVENT_REFUSED",
  "GATE_GUARD_APP_IS_GITHUB_ACTIONS",
  "GATE_NOT_ON_PROTECTED_BRANCH",
  "GATE_NO_MERGED_PULL_REQUEST",
  "GATE_PULL_REQUEST_AMBIGUOUS",
  "GATE_GUARD_CHECK_MISSING",
  "GATE_GUARD_CHECK_WRONG_APP",
  "GATE_GUARD_CHECK_AFTER_MERGE",
  "GATE_GUARD_NOT_ALLOWED",
  "GATE_GUARD_VERDICT_WITHDRAWN",
  "GATE_GUARD_EVIDENCE_INVALID",
  "GATE_GUARD_EVIDENCE_OTHER_PULL_REQUEST",
  "GATE_MERGE_BYPASSED",
  "GATE_BYPASS_UNKNOWN",
  "GATE_FACT_UNAVAILABLE",
  // Token refusals (@ringfence/token TOKEN_REFUSAL_CODES says when each applies).
  "TOKEN_REQUEST_INVALID",
  "TOKEN_EMPTY_REQUEST",
  "TOKEN_UNKNOWN_PERMISSION",
  "TOKEN_UNKNOWN_LEVEL",
  "TOKEN_PROTECTED_REPOSITORY",
  "TOKEN_NO_RULE_MATCHED",
  "TOKEN_RULE_INVALID",
  "TOKEN_REPOSITORY_NOT_GRANTED",
  "TOKEN_PERMISSION_NOT_GRANTED",
  "TOKEN_ABOVE_CEILING",
  "TOKEN_OWNER_PERMISSION_FROM_REPOSITORY_RULE"
];

// packages/core/src/git-blob-sha.ts
import { createHash } from "node:crypto";
function gitBlobSha(bytes) {
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}

// packages/core/src/schema/verdict-schema.ts
var stringList = { type: "array", items: { type: "string" } };
var reason = {
  type: "object",
  additionalProperties: false,
  required: ["code", "message"],
  properties: { code: { enum: [...REASON_CODES] }, message: { type: "string" }, ring: { type: "string" }, paths: stringList }
};

export {
  RingfenceError,
  UsageError,
  describeThrown,
  ExitCode,
  escapeUntrusted,
  redactSecrets,
  VERDICT_VERSION,
  REASON_CODES,
  gitBlobSha
};
