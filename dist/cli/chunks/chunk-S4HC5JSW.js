import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-ICJULKRC.js";
import {
  __toESM
} from "./chunk-6RGQZ5V6.js";

// packages/workflow/src/parse-located-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_YAML_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
function parseLocatedYaml(input, file) {
  const fail = (message, position = { line: 0, column: 0 }) => ({
    ok: false,
    problem: { file, ...position, message }
  });
  const size = typeof input === "string" ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_YAML_BYTES) return fail(`the file is ${size} bytes, more than the ${MAX_YAML_BYTES} bytes discovery reads`);
  const text = typeof input === "string" ? input : decodeUtf8(input);
  if (text === void 0) return fail("the file is not valid UTF-8");
  try {
    return parseText(text, fail);
  } catch (error) {
    return fail(`the file cannot be parsed: ${firstLine(error instanceof Error ? error.message : String(error))}`);
  }
}
function parseText(text, fail) {
  const lineCounter = new import_yaml.LineCounter();
  const documents = (0, import_yaml.parseAllDocuments)(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, version: "1.2" });
  const list = Array.isArray(documents) ? documents : [];
  const at = (offset) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (list.length > 1) return fail("more than one YAML document in the file", at(list[1].range[0]));
  const doc = list[0];
  if (!doc) return fail("the file is empty");
  const yamlError = doc.errors[0];
  if (yamlError) return fail(firstLine(yamlError.message), at(yamlError.pos[0]));
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return fail(`${firstLine(error.message)} (at most ${MAX_ALIAS_COUNT} alias expansions)`);
  }
  return {
    ok: true,
    yaml: {
      value,
      positionOf: (path, key = false) => {
        const found = findNode(doc, path, key);
        return found?.range ? at(found.range[0]) : void 0;
      },
      firstContentLineOf: (path) => firstContentLine(findNode(doc, path, false), at)
    }
  };
}
function findNode(doc, path, key) {
  let node = doc.contents;
  for (const [i, segment] of path.entries()) {
    node = (0, import_yaml.isAlias)(node) ? node.resolve(doc) : node;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(segment));
      if (!pair) return void 0;
      node = key && i === path.length - 1 ? pair.key : pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
      node = node.items[segment];
    } else return void 0;
  }
  node = (0, import_yaml.isAlias)(node) ? node.resolve(doc) : node;
  return node && typeof node === "object" && "range" in node ? node : void 0;
}
function firstContentLine(node, at) {
  if (!(0, import_yaml.isScalar)(node) || !node.range) return void 0;
  const start = at(node.range[0]).line;
  if (node.type === "BLOCK_LITERAL") return start + 1;
  return at(node.range[1]).line === start ? start : void 0;
}
function decodeUtf8(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return void 0;
  }
}
function firstLine(message) {
  return message.split("\n")[0] ?? message;
}

// packages/workflow/src/read-fields.ts
var FieldReader = class {
  constructor(yaml, file) {
    this.yaml = yaml;
    this.file = file;
  }
  yaml;
  file;
  problems = [];
  /** The value at `path` of the document. */
  valueAt(path) {
    let value = this.yaml.value;
    for (const segment of path) {
      if (typeof segment === "number" ? !Array.isArray(value) : !isRecord(value)) return void 0;
      if (!Object.hasOwn(value, segment)) return void 0;
      value = value[segment];
    }
    return value;
  }
  /** The mapping at `path`; a problem (and undefined) when something else is there. */
  record(path, what) {
    const value = this.valueAt(path);
    if (value === void 0 || value === null) return void 0;
    if (isRecord(value)) return value;
    this.problem(path, `${what} must be a mapping`);
    return void 0;
  }
  /** A scalar at `path` as text (numbers and booleans as written by YAML), with its position. */
  text(path) {
    const value = this.valueAt(path);
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return void 0;
    return { value: String(value), ...this.position(path) };
  }
  /** 1-based line of the value at `path` (0 when unknown). */
  line(path) {
    return this.position(path).line;
  }
  /** 1-based line of the key that names the value at `path` (a job's `build:` line). */
  keyLine(path) {
    return this.yaml.positionOf(path, true)?.line ?? this.line(path);
  }
  problem(path, message) {
    this.problems.push({ file: this.file, ...this.position(path), message });
  }
  /** `defaults.run` under `path` (a workflow or a job). */
  runDefaults(path) {
    const run = [...path, "defaults", "run"];
    if (!this.record(run, "`defaults.run`")) return {};
    const workingDirectory = this.text([...run, "working-directory"]);
    const shell = this.text([...run, "shell"]);
    return { ...workingDirectory && { workingDirectory }, ...shell && { shell: shell.value } };
  }
  /** The `steps` list under `path` (a job or an action's `runs`). */
  steps(path, owner) {
    const value = this.valueAt([...path, "steps"]);
    if (value === void 0 || value === null) return [];
    if (!Array.isArray(value)) {
      this.problem([...path, "steps"], `the steps of ${owner} must be a list`);
      return [];
    }
    const steps = [];
    for (const index of value.keys()) {
      const step = this.step([...path, "steps", index], index, owner);
      if (step) steps.push(step);
    }
    return steps;
  }
  step(path, index, owner) {
    if (!isRecord(this.valueAt(path))) {
      this.problem(path, `step ${index + 1} of ${owner} must be a mapping`);
      return void 0;
    }
    const name = this.text([...path, "name"]);
    const id = this.text([...path, "id"]);
    const uses = this.text([...path, "uses"]);
    const run = this.runScript([...path, "run"]);
    const shell = this.text([...path, "shell"]);
    const workingDirectory = this.text([...path, "working-directory"]);
    return {
      index,
      line: this.line(path),
      ...name && { name: name.value },
      ...id && { id: id.value },
      ...uses && { uses },
      ...run && { run },
      ...shell && { shell: shell.value },
      ...workingDirectory && { workingDirectory },
      with: this.inputs([...path, "with"])
    };
  }
  runScript(path) {
    const text = this.text(path);
    if (!text) return void 0;
    const firstLine2 = this.yaml.firstContentLineOf(path);
    return firstLine2 === void 0 ? text : { ...text, firstLine: firstLine2 };
  }
  inputs(path) {
    const record = this.record(path, "`with`");
    const inputs = {};
    for (const key of Object.keys(record ?? {})) {
      const text = this.text([...path, key]);
      if (text) inputs[key] = text;
    }
    return inputs;
  }
  position(path) {
    return this.yaml.positionOf(path) ?? this.yaml.positionOf(path.slice(0, -1)) ?? { line: 0, column: 0 };
  }
};
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// packages/workflow/src/parse-workflow.ts
function parseWorkflow(input, file) {
  const parsed = parseLocatedYaml(input, file);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const fields = new FieldReader(parsed.yaml, file);
  if (!isRecord(parsed.yaml.value)) {
    fields.problem([], "a workflow must be a mapping");
    return { problems: fields.problems };
  }
  const jobsValue = fields.record(["jobs"], "`jobs`");
  const jobs = [];
  for (const id of Object.keys(jobsValue ?? {})) {
    const job = readJob(fields, id);
    if (job) jobs.push(job);
  }
  return { value: { file, defaults: fields.runDefaults([]), jobs }, problems: fields.problems };
}
function readJob(fields, id) {
  const path = ["jobs", id];
  if (!fields.record(path, `job ${id}`)) {
    if (fields.valueAt(path) === null) fields.problem(path, `job ${id} must be a mapping`);
    return void 0;
  }
  const uses = fields.text([...path, "uses"]);
  return {
    id,
    line: fields.keyLine(path),
    ...uses && { uses },
    defaults: fields.runDefaults(path),
    runsOn: readRunsOn(fields.valueAt([...path, "runs-on"])),
    steps: fields.steps(path, `job ${id}`)
  };
}
function readRunsOn(value) {
  const labels = isRecord(value) ? value["labels"] : value;
  const list = Array.isArray(labels) ? labels : [labels];
  return list.filter((label) => typeof label === "string");
}
function sourceLineOf(run, scriptLine) {
  return run.firstLine === void 0 ? run.line : run.firstLine + Math.max(0, scriptLine - 1);
}

// packages/workflow/src/runner-environment-of.ts
var HOSTED_LABEL = /^(?:ubuntu|windows|macos)-[a-z0-9][a-z0-9._-]*$/iu;
function runnerEnvironmentOf(runsOn) {
  if (runsOn === void 0 || runsOn === null) return { unknown: "the job has no runs-on (a reusable workflow call runs on whatever the called jobs say)" };
  if (isRecord(runsOn) && runsOn["group"] !== void 0) return { unknown: "the job runs in a runner group, which may hold larger GitHub-hosted or self-hosted runners" };
  const written = isRecord(runsOn) ? runsOn["labels"] : runsOn;
  const labels = Array.isArray(written) ? written : [written];
  if (labels.length === 0 || !labels.every((label) => typeof label === "string")) return { unknown: "the job's runs-on is not a list of labels" };
  if (labels.some((label) => label.includes("${{"))) return { unknown: `the job's runs-on is an expression (${labels.join(", ")}) that cannot be evaluated offline` };
  if (labels.some((label) => label.toLowerCase() === "self-hosted")) return { value: "self-hosted" };
  const custom = labels.find((label) => !HOSTED_LABEL.test(label));
  if (custom !== void 0) return { unknown: `runs-on label ${JSON.stringify(custom)} is not a GitHub-hosted image name (ubuntu-*, windows-*, macos-*), so the runner may be self-hosted` };
  return { value: "github-hosted" };
}

// packages/workflow/src/triggers-of.ts
function triggersOf(on) {
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.filter((event) => typeof event === "string");
  return typeof on === "object" && on !== null ? Object.keys(on) : [];
}

// packages/workflow/src/read-run-context.ts
function readRunContext(input, file) {
  const parsed = parseLocatedYaml(input, file);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const fields = new FieldReader(parsed.yaml, file);
  if (!isRecord(parsed.yaml.value)) {
    fields.problem([], "a workflow must be a mapping");
    return { problems: fields.problems };
  }
  const on = fields.valueAt(["on"]);
  const triggers = triggersOf(on);
  const jobs = Object.keys(fields.record(["jobs"], "`jobs`") ?? {}).flatMap((id) => {
    const path = ["jobs", id];
    if (!fields.record(path, `job ${id}`)) return [];
    const environment = fields.text([...path, "environment"]) ?? fields.text([...path, "environment", "name"]);
    const uses = fields.text([...path, "uses"]);
    const runnerEnvironment = runnerEnvironmentOf(fields.valueAt([...path, "runs-on"]));
    return [{ id, line: fields.keyLine(path), ...environment && { environment }, ...uses && { uses }, runnerEnvironment }];
  });
  return { value: { file, triggers, jobs }, problems: fields.problems };
}

// packages/workflow/src/parse-action.ts
function parseAction(input, file) {
  const parsed = parseLocatedYaml(input, file);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const fields = new FieldReader(parsed.yaml, file);
  if (!isRecord(parsed.yaml.value)) {
    fields.problem([], "an action metadata file must be a mapping");
    return { problems: fields.problems };
  }
  const name = fields.text(["name"]);
  const runs = readRuns(fields);
  return { value: { file, ...name && { name: name.value }, ...runs && { runs } }, problems: fields.problems };
}
function readRuns(fields) {
  if (!fields.record(["runs"], "`runs`")) {
    fields.problem(["runs"], "an action needs `runs` with `using`");
    return void 0;
  }
  const line = fields.line(["runs"]);
  const using = fields.text(["runs", "using"])?.value ?? "";
  const runtime = using.toLowerCase();
  if (runtime === "composite") return { using: "composite", line, steps: fields.steps(["runs"], "the composite action") };
  if (runtime === "docker") {
    const image = fields.text(["runs", "image"]);
    return { using: "docker", line, ...image && { image } };
  }
  if (/^node\d+$/u.test(runtime)) {
    const main = fields.text(["runs", "main"]);
    const pre = fields.text(["runs", "pre"]);
    const post = fields.text(["runs", "post"]);
    return { using: "node", line, runtime: using, ...main && { main }, ...pre && { pre }, ...post && { post } };
  }
  fields.problem(["runs", "using"], `unknown \`runs.using\`: ${JSON.stringify(using)}`);
  return { using: "unknown", line, value: using };
}

// packages/workflow/src/scan-expansion.ts
var NAME = /[A-Za-z_][A-Za-z0-9_]*/uy;
var POWERSHELL_ENV = /env:([A-Za-z_][A-Za-z0-9_]*)/iuy;
var SPECIAL_PARAMETER = /[0-9@*#?$!-]/uy;
function atExpression(state) {
  return state.text.startsWith("${{", state.pos);
}
function readExpression(state, word) {
  const close = state.text.indexOf("}}", state.pos + 3);
  keepUnresolved(state, word, close === -1 ? state.text.length : close + 2);
}
function readDollar(state, word) {
  const { text, pos } = state;
  if (atExpression(state)) return readExpression(state, word);
  if (text.startsWith("$(", pos)) {
    const end = findClose(state, pos + 1, "(", ")");
    if (text[pos + 2] !== "(") word.substitutions.push(text.slice(pos + 2, end - 1));
    return keepUnresolved(state, word, end);
  }
  if (text.startsWith("${", pos)) {
    const end = findClose(state, pos + 1, "{", "}");
    const inner = text.slice(pos + 2, end - 1);
    const name2 = state.dialect === "powershell" ? inner.replace(/^env:/iu, "") : inner;
    return substituteOrKeep(state, word, /^[A-Za-z_][A-Za-z0-9_]*$/u.test(name2) ? name2 : void 0, end);
  }
  if (state.dialect === "powershell") {
    const env = matchAt(POWERSHELL_ENV, text, pos + 1);
    if (env) return substituteOrKeep(state, word, env[1], pos + 1 + env[0].length);
  }
  const name = matchAt(NAME, text, pos + 1);
  if (name) return substituteOrKeep(state, word, state.dialect === "posix" ? name[0] : void 0, pos + 1 + name[0].length);
  if (state.dialect === "posix" && matchAt(SPECIAL_PARAMETER, text, pos + 1)) return keepUnresolved(state, word, pos + 2);
  if (state.dialect === "posix" && text[pos + 1] === "'") return readAnsiQuoted(state, word);
  word.text += "$";
  state.pos++;
}
function readBackticks(state, word) {
  const { text } = state;
  let body = "";
  let end = state.pos + 1;
  while (end < text.length && text[end] !== "`") {
    const next = text[end + 1] ?? "";
    if (text[end] === "\\" && "`$\\".includes(next) && next !== "") {
      body += next;
      end += 2;
    } else body += text[end++];
  }
  word.substitutions.push(body);
  keepUnresolved(state, word, Math.min(end + 1, text.length));
}
function readAnsiQuoted(state, word) {
  const { text } = state;
  const escapes = { n: "\n", t: "	", r: "\r", "'": "'", "\\": "\\", '"': '"' };
  state.pos += 2;
  while (state.pos < text.length && text[state.pos] !== "'") {
    const ch = text[state.pos];
    if (ch === "\\" && state.pos + 1 < text.length) {
      const next = text[state.pos + 1];
      word.text += escapes[next] ?? `\\${next}`;
      state.pos += 2;
      continue;
    }
    if (ch === "\n") state.line++;
    word.text += ch;
    state.pos++;
  }
  state.pos = Math.min(state.pos + 1, text.length);
}
function substituteOrKeep(state, word, name, end) {
  const value = name === void 0 || !Object.hasOwn(state.variables, name) ? void 0 : state.variables[name];
  if (value === void 0) return keepUnresolved(state, word, end);
  word.text += value;
  state.pos = end;
}
function keepUnresolved(state, word, end) {
  const raw = state.text.slice(state.pos, end);
  word.text += raw;
  word.resolved = false;
  state.line += countNewlines(raw);
  state.pos = end;
}
function findClose(state, open, opening, closing) {
  const { text } = state;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\" && state.dialect === "posix") i++;
    else if (ch === "'") i = skipTo(text, i + 1, "'");
    else if (ch === '"') i = skipTo(text, i + 1, '"');
    else if (ch === opening) depth++;
    else if (ch === closing && --depth === 0) return i + 1;
  }
  return text.length;
}
function skipTo(text, from, quote) {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\" && quote === '"') i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}
function matchAt(pattern, text, index) {
  pattern.lastIndex = index;
  return pattern.exec(text);
}
function countNewlines(text) {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

// packages/workflow/src/tokenize-shell.ts
var OPERATORS = [";;&", "&&", "||", ";;", ";&", "|&", "&", "|", ";", "(", ")"];
var REDIRECTS = ["<<<", "<<-", "&>>", "<<", ">>", "<&", ">&", "&>", "<>", ">|", "<", ">"];
var WORD_END = /* @__PURE__ */ new Set([" ", "	", "\r", "\n", ";", "&", "|", "(", ")", "<", ">"]);
function tokenizeShell(script, options = {}) {
  const state = { text: script, dialect: options.dialect ?? "posix", variables: options.variables ?? {}, pos: 0, line: 1 };
  const tokens = [];
  const heredocs = [];
  while (state.pos < script.length) {
    const ch = script[state.pos];
    const escape = escapeChar(state);
    if (ch === " " || ch === "	" || ch === "\r") state.pos++;
    else if (ch === "\n") {
      tokens.push({ kind: "operator", op: "\n", line: state.line });
      state.pos++;
      state.line++;
      readHeredocBodies(state, heredocs.splice(0));
    } else if (ch === "#") skipLine(state);
    else if (state.dialect === "powershell" && script.startsWith("<#", state.pos)) skipBlockComment(state);
    else if (ch === escape && newlineAt(script, state.pos + 1) > 0) continueLine(state, 1);
    else readToken(state, tokens, heredocs);
  }
  return tokens;
}
function readToken(state, tokens, heredocs) {
  const redirect = REDIRECTS.find((r) => state.text.startsWith(r, state.pos));
  if (redirect) {
    const token = { kind: "redirect", op: redirect, line: state.line };
    state.pos += redirect.length;
    tokens.push(token);
    if (redirect === "<<" || redirect === "<<-") readHeredocDelimiter(state, token, heredocs);
    return;
  }
  const op = OPERATORS.find((o) => state.text.startsWith(o, state.pos));
  if (op) {
    tokens.push({ kind: "operator", op, line: state.line });
    state.pos += op.length;
    return;
  }
  const start = state.pos;
  const word = readWord(state);
  const isDescriptor = /^\d+$/u.test(state.text.slice(start, state.pos)) && "<>".includes(state.text[state.pos] ?? " ");
  if (!isDescriptor) tokens.push(word);
}
function readWord(state) {
  const { text } = state;
  const line = state.line;
  const start = state.pos;
  const word = { text: "", resolved: true, pattern: false, substitutions: [] };
  while (state.pos < text.length && !WORD_END.has(text[state.pos])) {
    const ch = text[state.pos];
    if (ch === escapeChar(state)) readEscaped(state, word);
    else if (ch === "'") readSingleQuoted(state, word);
    else if (ch === '"') readDoubleQuoted(state, word);
    else if (ch === "$") readDollar(state, word);
    else if (ch === "`") readBackticks(state, word);
    else if (ch === "~" && state.pos === start && state.dialect === "posix" && "/ 	\n;&|()<>".includes(text[state.pos + 1] ?? " ")) {
      word.text += ch;
      word.resolved = false;
      state.pos++;
    } else {
      if (ch === "*" || ch === "?" || ch === "[") word.pattern = true;
      word.text += ch;
      state.pos++;
    }
  }
  const pattern = word.pattern && word.text !== "[" && word.text !== "[[";
  return { kind: "word", text: word.text, line, resolved: word.resolved, pattern, substitutions: word.substitutions };
}
function readEscaped(state, word) {
  const newline = newlineAt(state.text, state.pos + 1);
  if (newline > 0) return continueLine(state, 1);
  word.text += state.text[state.pos + 1] ?? state.text[state.pos];
  state.pos = Math.min(state.pos + 2, state.text.length);
}
function readSingleQuoted(state, word) {
  const { text } = state;
  state.pos++;
  while (state.pos < text.length) {
    const ch = text[state.pos];
    if (ch === "'") {
      if (state.dialect === "powershell" && text[state.pos + 1] === "'") {
        word.text += "'";
        state.pos += 2;
        continue;
      }
      state.pos++;
      return;
    }
    if (atExpression(state)) readExpression(state, word);
    else appendChar(state, word);
  }
}
function readDoubleQuoted(state, word) {
  const { text } = state;
  state.pos++;
  while (state.pos < text.length) {
    const ch = text[state.pos];
    const next = text[state.pos + 1] ?? "";
    if (ch === '"') {
      if (state.dialect === "powershell" && next === '"') {
        word.text += '"';
        state.pos += 2;
        continue;
      }
      state.pos++;
      return;
    }
    if (ch === escapeChar(state) && (state.dialect === "powershell" || '$`"\\\n'.includes(next)) && next !== "") readEscaped(state, word);
    else if (ch === "$") readDollar(state, word);
    else if (ch === "`" && state.dialect === "posix") readBackticks(state, word);
    else appendChar(state, word);
  }
}
function readHeredocDelimiter(state, token, heredocs) {
  const { text } = state;
  while (text[state.pos] === " " || text[state.pos] === "	") state.pos++;
  const start = state.pos;
  while (state.pos < text.length && !WORD_END.has(text[state.pos])) state.pos++;
  const delimiter = text.slice(start, state.pos).replace(/['"\\]/gu, "");
  if (delimiter !== "") heredocs.push({ token, delimiter, stripTabs: token.op === "<<-" });
}
function readHeredocBodies(state, heredocs) {
  const { text } = state;
  for (const heredoc of heredocs) {
    const lines = [];
    while (state.pos < text.length) {
      const end = text.indexOf("\n", state.pos);
      const lineEnd = end === -1 ? text.length : end;
      const content = text.slice(state.pos, lineEnd).replace(/\r$/u, "");
      state.pos = Math.min(lineEnd + 1, text.length);
      state.line++;
      if ((heredoc.stripTabs ? content.replace(/^\t+/u, "") : content) === heredoc.delimiter) break;
      lines.push(content);
    }
    heredoc.token.heredoc = lines.join("\n");
  }
}
function appendChar(state, word) {
  const ch = state.text[state.pos];
  if (ch === "\n") state.line++;
  word.text += ch;
  state.pos++;
}
function continueLine(state, escapeLength) {
  state.pos += escapeLength + newlineAt(state.text, state.pos + escapeLength);
  state.line++;
}
function skipLine(state) {
  const end = state.text.indexOf("\n", state.pos);
  state.pos = end === -1 ? state.text.length : end;
}
function skipBlockComment(state) {
  const end = state.text.indexOf("#>", state.pos + 2);
  const stop = end === -1 ? state.text.length : end + 2;
  for (let i = state.text.indexOf("\n", state.pos); i !== -1 && i < stop; i = state.text.indexOf("\n", i + 1)) state.line++;
  state.pos = stop;
}
function escapeChar(state) {
  return state.dialect === "posix" ? "\\" : "`";
}
function newlineAt(text, index) {
  if (text[index] === "\n") return 1;
  return text[index] === "\r" && text[index + 1] === "\n" ? 2 : 0;
}

// packages/workflow/src/resolve-path.ts
var WORKSPACE_ROOT = "/github/workspace";
function joinPath(base, path) {
  const absolute = path.startsWith("/") || base.startsWith("/");
  const joined = path.startsWith("/") ? path : `${base}/${path}`;
  const out = [];
  for (const segment of joined.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (segment !== ".." || !absolute) out.push(segment);
  }
  return absolute ? `/${out.join("/")}` : out.join("/");
}
function toRepositoryRelative(absolutePath) {
  const normal = joinPath("/", absolutePath);
  if (normal === WORKSPACE_ROOT) return "";
  return normal.startsWith(`${WORKSPACE_ROOT}/`) ? normal.slice(WORKSPACE_ROOT.length + 1) : void 0;
}
function workspacePath(repositoryPath) {
  return joinPath(WORKSPACE_ROOT, repositoryPath);
}

// packages/workflow/src/build-tools.ts
var MAKE_FILE = ["-f", "--file", "--makefile"];
var MAKE_DIRECTORY = ["-C", "--directory"];
var DOCKER_GLOBAL_WITH_ARGUMENT = ["--config", "-c", "--context", "-H", "--host", "-l", "--log-level", "--tlscacert", "--tlscert", "--tlskey", "--url", "--connection", "--root", "--runroot"];
var BUILD_WITH_ARGUMENT = [
  "-f",
  "--file",
  "-t",
  "--tag",
  "--build-arg",
  "--build-arg-file",
  "--target",
  "--platform",
  "--label",
  "--secret",
  "--cache-from",
  "--cache-to",
  "-o",
  "--output",
  "--network",
  "--progress",
  "--ssh",
  "--iidfile",
  "--add-host",
  "--shm-size",
  "-m",
  "--memory",
  "--memory-swap",
  "--cpu-shares",
  "-c",
  "--cpu-period",
  "--cpu-quota",
  "--cpuset-cpus",
  "--cpuset-mems",
  "--ulimit",
  "--builder",
  "--metadata-file",
  "--annotation",
  "--attest",
  "--build-context",
  "--cgroup-parent",
  "--isolation",
  "--allow",
  "--call",
  "--security-opt",
  "--format",
  "--authfile",
  "--creds",
  "-v",
  "--volume",
  "--env",
  "--jobs",
  "--arch",
  "--os",
  "--manifest"
];
var REMOTE_CONTEXT = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/iu;
function runMake(args, ctx, command) {
  const files = [];
  let dir = "";
  for (let i = 0; i < args.length; i++) {
    const { option, value, consumed } = readOption(args, i, [...MAKE_FILE, ...MAKE_DIRECTORY]);
    i += consumed;
    if (!value) continue;
    if (MAKE_FILE.includes(option)) files.push(value);
    else {
      const path = ctx.pathOf(value, `the directory of ${command} -C`);
      if (path === void 0) return;
      dir = joinPath(dir, path);
    }
  }
  for (const file of files) {
    const path = file.text === "-" ? void 0 : ctx.pathOf(file, `the makefile of ${command}`);
    if (path !== void 0) ctx.file("makefile", joinPath(dir, path), file.line, command);
  }
}
function runContainerBuild(tool, args, ctx) {
  const build = findBuildArguments(tool, args);
  if (!build) return;
  const files = [];
  let context;
  for (let i = 0; i < build.length; i++) {
    const { option, value, consumed } = readOption(build, i, BUILD_WITH_ARGUMENT);
    i += consumed;
    if (option === "" && !context) context = build[i];
    else if ((option === "-f" || option === "--file") && value) files.push(value);
  }
  if (!context || context.text === "-" || REMOTE_CONTEXT.test(context.text)) return;
  const command = `${tool} build`;
  for (const file of files) {
    const path = file.text === "-" ? void 0 : ctx.pathOf(file, `the Dockerfile of ${command}`);
    if (path !== void 0) ctx.file("dockerfile", path, file.line, command);
  }
  if (files.length > 0) return;
  const dir = ctx.pathOf(context, `the build context of ${command}`);
  if (dir === void 0) return;
  const names = tool === "docker" ? ["Dockerfile"] : ["Containerfile", "Dockerfile"];
  for (const name of names) ctx.file("dockerfile", joinPath(dir, name), context.line, command);
}
function findBuildArguments(tool, args) {
  let i = 0;
  while (i < args.length && args[i].text.startsWith("-")) i += DOCKER_GLOBAL_WITH_ARGUMENT.includes(args[i].text) ? 2 : 1;
  const first = args[i]?.text;
  if (first === "build" || tool === "buildah" && first === "bud") return args.slice(i + 1);
  if (first === "buildx" || first === "image" || first === "builder") {
    const second = args[i + 1]?.text;
    return second === "build" || first === "buildx" && second === "b" ? args.slice(i + 2) : void 0;
  }
  return void 0;
}
function readOption(args, index, withArgument) {
  const word = args[index];
  const text = word.text;
  if (!text.startsWith("-") || text === "-") return { option: "", consumed: 0 };
  const equals = text.indexOf("=");
  if (text.startsWith("--") && equals > 0) return { option: text.slice(0, equals), value: { ...word, text: text.slice(equals + 1) }, consumed: 0 };
  if (withArgument.includes(text)) {
    const next = args[index + 1];
    return next ? { option: text, value: next, consumed: 1 } : { option: text, consumed: 0 };
  }
  const short = text.slice(0, 2);
  if (!text.startsWith("--") && text.length > 2 && withArgument.includes(short)) return { option: short, value: { ...word, text: text.slice(2) }, consumed: 0 };
  return { option: text, consumed: 0 };
}

// packages/workflow/src/interpreters.ts
var SHELL = {
  letters: { c: "inline", s: "none", o: "argument", O: "argument" },
  words: { "--rcfile": "argument", "--init-file": "argument", "+o": "argument", "+O": "argument" },
  inlineIsShell: true
};
var SPECS = {
  python: { letters: { c: "inline", m: "none", W: "argument", X: "argument" }, words: {}, inlineIsShell: false },
  node: {
    letters: {},
    words: {
      "-e": "inline",
      "--eval": "inline",
      "-p": "inline",
      "--print": "inline",
      "-c": "none",
      "--check": "none",
      "-i": "none",
      "--interactive": "none",
      "--test": "none",
      "--run": "none",
      "-r": "argument",
      "--require": "argument",
      "--import": "argument",
      "--loader": "argument",
      "--experimental-loader": "argument",
      "-C": "argument",
      "--conditions": "argument",
      "--input-type": "argument",
      "--title": "argument",
      "--env-file": "argument"
    },
    inlineIsShell: false
  },
  tsx: { letters: {}, words: { "--tsconfig": "argument", "-r": "argument", "--require": "argument", "--import": "argument", "-e": "inline", "--eval": "inline", "-p": "inline", "--print": "inline" }, inlineIsShell: false },
  ruby: { letters: { e: "inline", r: "argument", I: "argument", C: "argument", E: "argument", x: "none" }, words: {}, inlineIsShell: false },
  perl: { letters: { e: "inline", E: "inline", I: "argument", M: "argument", m: "argument", x: "none" }, words: {}, inlineIsShell: false },
  pwsh: {
    letters: {},
    words: {
      "-file": "file",
      "-f": "file",
      "-command": "inline",
      "-c": "inline",
      "-encodedcommand": "none",
      "-e": "none",
      "-ec": "none",
      "-executionpolicy": "argument",
      "-ep": "argument",
      "-ex": "argument",
      "-workingdirectory": "argument",
      "-wd": "argument",
      "-outputformat": "argument",
      "-of": "argument",
      "-o": "argument",
      "-inputformat": "argument",
      "-if": "argument",
      "-configurationname": "argument",
      "-settingsfile": "argument",
      "-windowstyle": "argument",
      "-w": "argument",
      "-version": "none"
    },
    inlineIsShell: true,
    caseInsensitive: true
  }
};
var INTERPRETERS = new Map([
  ...["bash", "sh", "zsh", "dash", "ksh", "mksh", "ash"].map((n) => [n, SHELL]),
  ...["python", "python2", "python3", "pypy", "pypy3"].map((n) => [n, SPECS["python"]]),
  ...["node", "nodejs"].map((n) => [n, SPECS["node"]]),
  ...["tsx", "ts-node", "ts-node-esm"].map((n) => [n, SPECS["tsx"]]),
  ["ruby", SPECS["ruby"]],
  ["perl", SPECS["perl"]],
  ...["pwsh", "powershell"].map((n) => [n, SPECS["pwsh"]])
]);
function isInterpreter(name) {
  return INTERPRETERS.has(interpreterKey(name));
}
function runInterpreter(name, args, input, ctx, command) {
  const spec = INTERPRETERS.get(interpreterKey(name));
  if (!spec) return;
  const found = findScriptArgument(args, spec);
  if (found.kind === "file") {
    const path = ctx.pathOf(found.word, `the script run by ${command}`);
    if (path !== void 0) ctx.file("script", path, found.word.line, command);
  } else if (found.kind === "inline" && spec.inlineIsShell) {
    ctx.inline(found.word.text, found.word.line, spec.caseInsensitive ? "powershell" : "posix");
  } else if (found.kind === "stdin" && input.file) {
    const path = ctx.pathOf(input.file, `the script ${command} reads from stdin`);
    if (path !== void 0) ctx.file("script", path, input.file.line, command);
  } else if (found.kind === "stdin" && input.heredoc !== void 0 && spec.inlineIsShell) {
    ctx.inline(input.heredoc, input.line + 1, spec.caseInsensitive ? "powershell" : "posix");
  }
}
function interpreterKey(name) {
  return name.replace(/^(python|pypy)[0-9.]*$/u, "$1").replace(/\.exe$/u, "");
}
function findScriptArgument(args, spec) {
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const text = spec.caseInsensitive ? word.text.toLowerCase() : word.text;
    const next = args[i + 1];
    if (text === "--") return next ? { kind: "file", word: next } : { kind: "stdin" };
    if (text === "-") return { kind: "stdin" };
    const effect = spec.words[text] ?? (text.startsWith("--") ? void 0 : clusterEffect(text, spec));
    if (effect === "none") return { kind: "none" };
    if (effect === "inline" || effect === "file") return next ? { kind: effect, word: next } : { kind: "none" };
    if (effect === "argument") i++;
    else if (!text.startsWith("-") && !text.startsWith("+")) return { kind: "file", word };
  }
  return { kind: "stdin" };
}
function clusterEffect(text, spec) {
  if (!/^[-+][A-Za-z]/u.test(text)) return void 0;
  for (let i = 1; i < text.length; i++) {
    const effect = spec.letters[text[i]];
    const last = i === text.length - 1;
    if (effect === "argument") return last || spec.inlineIsShell ? "argument" : void 0;
    if (effect === "inline") return last || spec.inlineIsShell ? "inline" : "none";
    if (effect === "none" || effect === "file") return effect;
  }
  return void 0;
}

// packages/workflow/src/package-managers.ts
var around = (name) => [`pre${name}`, name, `post${name}`];
var INSTALL_SCRIPTS = ["preinstall", "install", "postinstall", "prepublish", "preprepare", "prepare", "postprepare"];
var INSTALL = /* @__PURE__ */ new Set(["install", "i", "ci", "in", "ins", "inst", "insta", "instal", "isnt", "isntall", "clean-install", "ic", "install-clean"]);
var RUN = /* @__PURE__ */ new Set(["run", "run-script", "rum", "urn"]);
var COMMAND_SCRIPTS = {
  test: around("test"),
  t: around("test"),
  tst: around("test"),
  start: around("start"),
  stop: around("stop"),
  restart: [...around("restart"), ...around("stop"), ...around("start")],
  "install-test": [...INSTALL_SCRIPTS, ...around("test")],
  it: [...INSTALL_SCRIPTS, ...around("test")],
  "install-ci-test": [...INSTALL_SCRIPTS, ...around("test")],
  cit: [...INSTALL_SCRIPTS, ...around("test")],
  pack: ["prepack", "prepare", "postpack"],
  publish: ["prepublishOnly", "prepack", "prepare", "postpack", "publish", "postpublish"],
  version: around("version")
};
var YARN_COMMANDS = "add audit autoclean bin cache check config constraints create dedupe dlx exec explain generate-lock-entry global help import info init licenses link list login logout node npm outdated owner patch patch-commit plugin policies rebuild remove search set stage tag team unlink unplug up upgrade upgrade-interactive versions why";
var PNPM_COMMANDS = "add audit bin config create deploy dlx doctor env exec fetch import licenses link list ls outdated patch patch-commit prune rb rebuild recursive remove rm root server setup store un uninstall unlink up update why";
var BUN_COMMANDS = "add build create init link outdated patch pm remove test update upgrade x";
var SPECS2 = {
  npm: {
    withArgument: ["--prefix", "-C", "-w", "--workspace", "--userconfig", "--cache", "--loglevel", "--registry", "--tag", "--omit", "--include", "--script-shell"],
    directory: ["--prefix", "-C"],
    workspaces: ["-w", "--workspace", "-ws", "--workspaces"]
  },
  yarn: { withArgument: ["--cwd", "--modules-folder", "--cache-folder", "--mutex", "--network-timeout", "--registry"], directory: ["--cwd"], workspaces: [], bareScripts: new Set(YARN_COMMANDS.split(" ")) },
  pnpm: {
    withArgument: ["-C", "--dir", "--filter", "-F", "--reporter", "--loglevel"],
    directory: ["-C", "--dir"],
    workspaces: ["--filter", "-F", "-r", "--recursive"],
    bareScripts: new Set(PNPM_COMMANDS.split(" "))
  },
  bun: { withArgument: ["--cwd", "-c", "--config"], directory: ["--cwd"], workspaces: ["--filter", "-F"], bareScripts: new Set(BUN_COMMANDS.split(" ")) }
};
function isPackageManager(name) {
  return Object.hasOwn(SPECS2, name);
}
function runPackageManager(manager, args, ctx, line) {
  const spec = SPECS2[manager];
  const { positionals, options } = splitArguments(args, spec.withArgument);
  if (options.some((o) => o.name === "--ignore-scripts")) return;
  const dirOption = options.filter((o) => spec.directory.includes(o.name)).at(-1);
  const dir = dirOption?.value ? ctx.pathOf(dirOption.value, `the package directory of ${manager}`) : "";
  if (dir === void 0) return;
  for (const option of options.filter((o) => spec.workspaces.includes(o.name))) {
    ctx.unresolved(option.value ?? { kind: "word", text: option.name, line, resolved: true, pattern: false, substitutions: [] }, `${manager} runs the scripts of workspace packages, which discovery does not follow`);
  }
  const [command, target] = positionals;
  const scripts = (names, fallback) => ctx.packageScripts(manager, dir, names, line, manager, fallback);
  if (!command) return manager === "yarn" ? scripts(INSTALL_SCRIPTS) : void 0;
  if (!command.resolved) return ctx.unresolved(command, `the ${manager} command`);
  const name = command.text;
  if (INSTALL.has(name)) return scripts(INSTALL_SCRIPTS);
  if (manager === "bun") return spec.bareScripts?.has(name) ? void 0 : runBun(name === "run" ? target : command, ctx, scripts);
  if (RUN.has(name)) return target ? runNamedScript(target, manager, ctx, scripts) : void 0;
  if (name === "start") return scripts(around("start"), manager === "npm" ? { whenMissing: "start", file: "server.js" } : void 0);
  if (Object.hasOwn(COMMAND_SCRIPTS, name)) return scripts(COMMAND_SCRIPTS[name]);
  if (name === "workspace" || name === "workspaces") {
    return ctx.unresolved(command, `${manager} ${name} runs the scripts of workspace packages, which discovery does not follow`);
  }
  if (spec.bareScripts && !spec.bareScripts.has(name)) runNamedScript(command, manager, ctx, scripts);
}
function runNamedScript(word, manager, ctx, scripts) {
  if (!word.resolved || word.pattern) return ctx.unresolved(word, `the ${manager} script to run`);
  scripts(around(word.text));
}
function runBun(word, ctx, scripts) {
  if (!word) return;
  if (!word.resolved || word.pattern) return ctx.unresolved(word, "the script bun runs");
  if (!word.text.includes("/") && !/\.[cm]?[jt]sx?$/u.test(word.text)) return scripts(around(word.text));
  const path = ctx.pathOf(word, "the script bun runs");
  if (path !== void 0) ctx.file("script", path, word.line, "bun");
}
function splitArguments(args, withArgument) {
  const positionals = [];
  const options = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (word.text === "--") break;
    if (!word.text.startsWith("-") || word.text === "-") {
      positionals.push(word);
      continue;
    }
    const equals = word.text.indexOf("=");
    if (word.text.startsWith("--") && equals > 0) options.push({ name: word.text.slice(0, equals), value: { ...word, text: word.text.slice(equals + 1) } });
    else if (withArgument.includes(word.text) && args[i + 1]) options.push({ name: word.text, value: args[++i] });
    else options.push({ name: word.text });
  }
  return { positionals, options };
}

// packages/workflow/src/recognize-command.ts
var PREFIXES = /* @__PURE__ */ new Map([
  ["env", { withArgument: ["-u", "--unset", "-C", "--chdir", "-S", "--split-string"] }],
  ["sudo", { withArgument: ["-u", "--user", "-g", "--group", "-C", "--close-from", "-D", "--chdir", "-h", "--host", "-p", "--prompt", "-r", "--role", "-t", "--type", "-U", "--other-user", "-T", "--command-timeout"] }],
  ["time", {}],
  ["nice", { withArgument: ["-n", "--adjustment"] }],
  ["nohup", {}],
  ["exec", { withArgument: ["-a"] }],
  ["command", { stopOn: ["-v", "-V"] }],
  ["builtin", {}],
  ["timeout", { withArgument: ["-s", "--signal", "-k", "--kill-after"], positionals: 1 }],
  ["xargs", { withArgument: ["-I", "-n", "--max-args", "-P", "--max-procs", "-L", "--max-lines", "-d", "--delimiter", "-E", "-s", "--max-chars", "-a", "--arg-file"] }],
  ["stdbuf", { withArgument: ["-i", "-o", "-e"] }],
  ["npx", { withArgument: ["-p", "--package"] }],
  ["uv", { subcommand: "run", withArgument: ["--with", "--python", "-p", "--project", "--directory", "--package", "--extra", "--group", "--env-file", "--index", "--from"], runsBarePython: true }],
  ["poetry", { subcommand: "run", runsBarePython: true }],
  ["pipenv", { subcommand: "run", runsBarePython: true }],
  ["pdm", { subcommand: "run", runsBarePython: true }],
  ["hatch", { subcommand: "run", runsBarePython: true }],
  ["bundle", { subcommand: "exec" }],
  // cmd.exe: `call x.bat` runs x.bat.
  ["call", {}]
]);
var ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/u;
var SOURCE = /* @__PURE__ */ new Set(["source", "."]);
var CHANGE_DIRECTORY = {
  cd: "cd",
  chdir: "cd",
  "set-location": "cd",
  sl: "cd",
  pushd: "pushd",
  "push-location": "pushd",
  popd: "popd",
  "pop-location": "popd"
};
function recognizeCommand(words, input, ctx) {
  let rest = skipAssignments(words, 0);
  let barePython = false;
  for (let prefix = prefixOf(rest); prefix; prefix = prefixOf(rest)) {
    const after = skipPrefix(rest, prefix);
    if (!after) return;
    rest = after;
    barePython ||= prefix.runsBarePython === true;
  }
  const head = rest[0];
  if (!head) return;
  if (!head.resolved || head.pattern) return ctx.unresolved(head, head.pattern ? "a pattern used as the command" : "the command");
  const text = ctx.dialect === "powershell" ? head.text.replaceAll("\\", "/") : head.text;
  const isRepositoryFile = text.includes("/") && (!text.startsWith("/") || toRepositoryRelative(text) !== void 0);
  if (isRepositoryFile || barePython && text.endsWith(".py")) return ctx.file("script", text, head.line, text);
  const base = text.split("/").at(-1) ?? text;
  const name = ctx.dialect === "powershell" ? base.toLowerCase().replace(/\.exe$/u, "") : base;
  dispatch(name, rest.slice(1), input, ctx, head);
}
function dispatch(name, args, input, ctx, head) {
  if (isInterpreter(name)) return runInterpreter(name, args, input, ctx, name);
  if (SOURCE.has(name)) return runSource(args, ctx, name);
  if (isPackageManager(name)) return runPackageManager(name, args, ctx, head.line);
  if (name === "make" || name === "gmake") return runMake(args, ctx, name);
  if (name === "docker" || name === "podman" || name === "buildah") return runContainerBuild(name, args, ctx);
  if (name === "deno") return runDeno(args, ctx);
  if (name === "eval") return runEval(args, ctx, head);
  if (Object.hasOwn(CHANGE_DIRECTORY, name)) return changeDirectory(CHANGE_DIRECTORY[name], args, ctx);
}
function prefixOf(words) {
  const head = words[0];
  const spec = head?.resolved ? PREFIXES.get(head.text.split("/").at(-1) ?? "") : void 0;
  return spec && (spec.subcommand === void 0 || words[1]?.text === spec.subcommand) ? spec : void 0;
}
function skipPrefix(words, spec) {
  let i = spec.subcommand === void 0 ? 1 : 2;
  while (i < words.length && words[i].text.startsWith("-")) {
    const option = words[i].text;
    if (spec.stopOn?.includes(option)) return void 0;
    i += spec.withArgument?.includes(option) ? 2 : 1;
    if (option === "--") break;
  }
  return skipAssignments(words, i).slice(spec.positionals ?? 0);
}
function skipAssignments(words, from) {
  let i = from;
  while (i < words.length && ASSIGNMENT.test(words[i].text)) i++;
  return words.slice(i);
}
function runSource(args, ctx, command) {
  const file = args[0];
  if (!file) return;
  const path = ctx.pathOf(file, `the file read by ${command}`);
  if (path !== void 0) ctx.file("source", path, file.line, command);
}
function runDeno(args, ctx) {
  const withArgument = ["--config", "-c", "--import-map", "--lock", "--cert", "--location", "--seed", "--env-file"];
  let i = args[0]?.text === "run" ? 1 : 0;
  while (i < args.length && args[i].text.startsWith("-")) i += withArgument.includes(args[i].text) ? 2 : 1;
  const file = args[i];
  if (!file || i === 0 && !/\.[cm]?[jt]sx?$/u.test(file.text)) return;
  const path = ctx.pathOf(file, "the script run by deno");
  if (path !== void 0) ctx.file("script", path, file.line, "deno");
}
function runEval(args, ctx, head) {
  const unresolved = args.find((a) => !a.resolved);
  if (unresolved) return ctx.unresolved(unresolved, "the script run by eval");
  if (args.length > 0) ctx.inline(args.map((a) => a.text).join(" "), head.line, ctx.dialect);
}
function changeDirectory(kind, args, ctx) {
  if (kind === "popd") return ctx.changeDirectory("popd", void 0, "popd");
  const target = args.find((a) => !/^-(?:[LPe@]|path|literalpath)$/iu.test(a.text));
  if (!target) return ctx.changeDirectory(kind, void 0, `${kind} to the home directory`);
  if (target.text === "-") return ctx.changeDirectory(kind, void 0, `${kind} -`);
  const path = target.resolved && !target.pattern ? ctx.dialect === "powershell" ? target.text.replaceAll("\\", "/") : target.text : void 0;
  ctx.changeDirectory(kind, path, `${kind} ${target.text}`);
}

// packages/workflow/src/find-script-references.ts
var MAX_SCRIPT_NESTING = 8;
var FRAMING_WORDS = /* @__PURE__ */ new Set(["!", "{", "}", "if", "then", "else", "elif", "fi", "do", "done", "while", "until"]);
var CLAUSE_HEADS = /* @__PURE__ */ new Set(["for", "select", "function"]);
function findScriptReferences(script, options = {}) {
  const out = [];
  new ScriptWalk(out, options.variables ?? {}).walk(script, options.dialect ?? "posix", { known: true, path: "" }, 0, 0);
  return out;
}
var ScriptWalk = class {
  constructor(out, variables) {
    this.out = out;
    this.variables = variables;
  }
  out;
  variables;
  walk(script, dialect, dir, lineOffset, depth) {
    if (depth > MAX_SCRIPT_NESTING) {
      this.out.push({ kind: "unresolved", text: script.split("\n")[0] ?? "", reason: `commands nested more than ${MAX_SCRIPT_NESTING} deep`, line: lineOffset + 1 });
      return;
    }
    const state = { dir, subshells: [], pushed: [], caseDepth: 0 };
    const ctx = this.context(state, dialect, lineOffset, depth);
    let words = [];
    let targets = [];
    let input = { line: 0 };
    let pending;
    const flush = (op) => {
      for (const word of [...words, ...targets]) {
        for (const body of word.substitutions) this.walk(body, dialect, state.dir, lineOffset + word.line - 1, depth + 1);
      }
      this.runCommand(words, input, state, ctx, op);
      [words, targets, input, pending] = [[], [], { line: 0 }, void 0];
    };
    for (const token of tokenizeShell(script, { dialect, variables: this.variables })) {
      if (token.kind === "operator") flush(token.op);
      else if (token.kind === "redirect") {
        pending = token.heredoc === void 0 ? token : void 0;
        if (token.heredoc !== void 0) input = { heredoc: token.heredoc, line: token.line };
      } else if (pending) {
        targets.push(token);
        if (pending.op === "<") input = { file: token, line: token.line };
        if (pending.op === "<<<") input = { heredoc: token.text, line: token.line - 1 };
        pending = void 0;
      } else words.push(token);
    }
    flush(void 0);
  }
  runCommand(words, input, state, ctx, op) {
    const isPattern = state.caseDepth > 0 && op === ")";
    let i = 0;
    while (i < words.length && FRAMING_WORDS.has(words[i].text)) i++;
    const head = words[i]?.text;
    if (head === "case") state.caseDepth++;
    else if (head === "esac") state.caseDepth = Math.max(0, state.caseDepth - 1);
    else if (head !== void 0 && !isPattern && !CLAUSE_HEADS.has(head)) recognizeCommand(words.slice(i), input, ctx);
    if (state.caseDepth > 0 || isPattern) return;
    if (op === "(") state.subshells.push(state.dir);
    if (op === ")") state.dir = state.subshells.pop() ?? state.dir;
  }
  context(state, dialect, lineOffset, depth) {
    const unresolved = (text, reason, line) => {
      this.out.push({ kind: "unresolved", text, reason, line: lineOffset + line });
    };
    const locate = (path, line) => {
      if (state.dir.known) return { path: joinPath(state.dir.path, path), cwd: state.dir.path };
      if (path.startsWith("/")) return { path: joinPath("/", path) };
      unresolved(path, `relative to the unknown directory after \`${state.dir.why}\``, line);
      return void 0;
    };
    return {
      dialect,
      pathOf: (word, what) => {
        if (word.resolved && !word.pattern) return dialect === "powershell" ? word.text.replaceAll("\\", "/") : word.text;
        unresolved(word.text, word.pattern ? `${what}, a pattern` : what, word.line);
        return void 0;
      },
      file: (role, path, line, command) => {
        const located = locate(path, line);
        if (located) this.out.push({ kind: "file", role, ...located, line: lineOffset + line, command });
      },
      packageScripts: (manager, dir, scripts, line, command, fallback) => {
        const located = locate(dir, line);
        if (located) this.out.push({ kind: "package-scripts", manager, dir: located.path, scripts, ...fallback !== void 0 && { fallback }, line: lineOffset + line, command });
      },
      unresolved: (word, reason) => unresolved(word.text, reason, word.line),
      inline: (script, line, inlineDialect) => this.walk(script, inlineDialect ?? dialect, state.dir, lineOffset + line - 1, depth + 1),
      changeDirectory: (kind, path, why) => {
        if (kind === "popd") {
          state.dir = state.pushed.pop() ?? { known: false, why };
          return;
        }
        if (kind === "pushd") state.pushed.push(state.dir);
        if (path === void 0) state.dir = { known: false, why };
        else if (state.dir.known) state.dir = { known: true, path: joinPath(state.dir.path, path) };
        else if (path.startsWith("/")) state.dir = { known: true, path: joinPath("/", path) };
      }
    };
  }
};

// packages/workflow/src/shell-dialect.ts
var POSIX_SHELLS = /* @__PURE__ */ new Set(["bash", "sh", "zsh", "dash", "ksh", "mksh", "ash"]);
var WINDOWS_SHELLS = /* @__PURE__ */ new Set(["pwsh", "powershell", "cmd"]);
function dialectOfShell(shell, onWindows) {
  if (shell === void 0 || shell.trim() === "" || shell.includes("${{")) return onWindows ? "powershell" : "posix";
  const program = (shell.trim().split(/\s+/u)[0] ?? "").split(/[\\/]/u).at(-1).toLowerCase().replace(/\.exe$/u, "");
  if (POSIX_SHELLS.has(program)) return "posix";
  return WINDOWS_SHELLS.has(program) ? "powershell" : void 0;
}
function runsOnWindows(labels) {
  return labels.some((label) => /windows/iu.test(label));
}

// packages/workflow/src/substitute-expressions.ts
function substituteExpressions(text, values) {
  const known = new Map(Object.entries(values).map(([key, value]) => [key.toLowerCase(), value]));
  let out = "";
  let from = 0;
  for (let start = text.indexOf("${{"); start !== -1; start = text.indexOf("${{", from)) {
    const end = text.indexOf("}}", start + 3);
    if (end === -1) break;
    const value = known.get(text.slice(start + 3, end).trim().toLowerCase());
    out += text.slice(from, start) + (value ?? text.slice(start, end + 2));
    from = end + 2;
  }
  return out + text.slice(from);
}

export {
  parseLocatedYaml,
  parseWorkflow,
  sourceLineOf,
  parseAction,
  WORKSPACE_ROOT,
  joinPath,
  toRepositoryRelative,
  workspacePath,
  findScriptReferences,
  dialectOfShell,
  runsOnWindows,
  substituteExpressions,
  triggersOf,
  readRunContext
};
