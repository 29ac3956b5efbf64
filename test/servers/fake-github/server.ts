import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorBody } from './bodies.js';
import type { Fault } from './faults.js';
import { alterPage, applyFault, encode } from './faults.js';
import type { Outgoing } from './faults.js';
import { appHandlers } from './handlers-apps.js';
import { attestationHandlers } from './handlers-attestations.js';
import { checkHandlers } from './handlers-checks.js';
import { gateHandlers } from './handlers-gate.js';
import { installationHandlers } from './handlers-installation.js';
import { pullHandlers } from './handlers-pulls.js';
import { pullListHandlers } from './handlers-pull-list.js';
import { repoHandlers } from './handlers-repos.js';
import { settingsHandlers } from './handlers-settings.js';
import { validateResponse } from './openapi.js';
import type { FakeRequest, FakeResponse, Handler } from './router.js';
import { route } from './router.js';
import type { Scenario } from './scenario.js';

/** One request as the fake saw it (the authorization header is never recorded). */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** The route constant it matched, e.g. `GET /repos/{owner}/{repo}/pulls/{pull_number}`. */
  readonly route: string | undefined;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly status: number | 'hang';
  readonly fault: string | undefined;
}

export interface FakeGitHubOptions {
  readonly scenario: Scenario;
  readonly faults?: readonly Fault[];
  /** Milliseconds from a request's arrival to its answer, to model a distant API. */
  readonly latencyMs?: number;
  /** Where the API lives under the host, e.g. `/api/v3` as on GitHub Enterprise Server. */
  readonly pathPrefix?: string;
  /** Handlers tried before the built-in ones (a test's own drifted answer, say). */
  readonly handlers?: readonly Handler[];
}

/** A running fake: its base URL, what it saw, and what it answered wrongly. */
export interface FakeGitHub {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Answers that did not match GitHub's OpenAPI description (each also answered 500). */
  readonly violations: string[];
  addFault(fault: Fault): void;
  /** Throws when any answer drifted from the schema; call it in afterEach. */
  assertNoSchemaViolations(): void;
  close(): Promise<void>;
}

// Doctor's settings come first: for repositories with settings they answer repos/get and the rules in force.
const HANDLERS: readonly Handler[] = [...settingsHandlers, ...pullHandlers, ...repoHandlers, ...checkHandlers, ...appHandlers, ...attestationHandlers, ...gateHandlers, ...installationHandlers, ...pullListHandlers];

/** Starts the fake on 127.0.0.1 at a free port. */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const faults = [...(options.faults ?? [])].map((fault) => ({ fault, seen: 0, struck: 0 }));
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  let remaining = 5000;
  const server = createServer((req, res) => {
    // Latency counts from arrival, so the fake's own work hides inside it, as GitHub's does.
    const due = Date.now() + (options.latencyMs ?? 0);
    void readBody(req).then(async (raw) => {
      const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
      const url = new URL(req.url ?? '/', origin);
      const prefix = options.pathPrefix ?? '';
      const apiPath = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : '/';
      const found = route([...(options.handlers ?? []), ...HANDLERS], req.method ?? 'GET', apiPath);
      const routeName = found && `${found.handler.method} ${found.handler.path}`;
      const request: FakeRequest = { method: req.method ?? 'GET', params: found?.params ?? {}, query: url.searchParams, headers: headersOf(req), authorization: req.headers.authorization, body: parseJson(raw), origin, pathname: url.pathname };
      const fault = pickFault(faults, routeName, Number(url.searchParams.get('page') ?? 1));
      const outgoing = answer(found?.handler, request, options.scenario, fault?.fault, violations);
      requests.push({ method: request.method, path: url.pathname, route: routeName, query: Object.fromEntries(url.searchParams), headers: request.headers, body: request.body, status: outgoing === 'hang' ? 'hang' : outgoing.status, fault: fault?.fault.kind });
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      if (outgoing === 'hang') return;
      send(res, outgoing, (remaining = Math.max(remaining - 1, 0)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${options.pathPrefix ?? ''}`,
    requests,
    violations,
    addFault: (fault) => faults.push({ fault, seen: 0, struck: 0 }),
    assertNoSchemaViolations: () => {
      if (violations.length > 0) throw new Error(`fake GitHub answered outside GitHub's OpenAPI description:\n${violations.join('\n')}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Counts the request against every fault it matches; the first one due strikes.
function pickFault(faults: { fault: Fault; seen: number; struck: number }[], routeName: string | undefined, page: number): { fault: Fault } | undefined {
  const matching = faults.filter((f) => f.fault.route === routeName && (f.fault.page === undefined || f.fault.page === page));
  for (const f of matching) f.seen++;
  const due = matching.find((f) => f.seen >= (f.fault.nth ?? 1) && f.struck < (f.fault.times ?? 1));
  if (due) due.struck++;
  return due;
}

// Runs the handler, validates its answer, then lets a fault replace or alter it.
function answer(handler: Handler | undefined, request: FakeRequest, scenario: Scenario, fault: Fault | undefined, violations: string[]): Outgoing {
  if (!handler) return encode({ status: 404, body: errorBody(`fake GitHub has no handler for ${request.method} ${request.pathname}`) });
  let response = handler.fn(request, scenario);
  if (fault?.kind === 'repeated-page') response = { ...repeatPage(handler, request, scenario), headers: response.headers ?? {} };
  if (fault) response = alterPage(fault.kind, response);
  const problems = response.status === 204 ? [] : validateResponse(handler.method, handler.path, response.status, response.body);
  if (problems.length > 0) {
    violations.push(...problems);
    return encode({ status: 500, body: errorBody(`fake GitHub schema violation: ${problems.join('; ')}`) });
  }
  return fault ? applyFault(fault.kind, response, Math.floor(Date.now() / 1000)) : encode(response);
}

// The page before this one (or after, for page 1), served under this page's Link header.
function repeatPage(handler: Handler, request: FakeRequest, scenario: Scenario): FakeResponse {
  const number = Number(request.query.get('page') ?? 1);
  const query = new URLSearchParams(request.query);
  query.set('page', String(number > 1 ? number - 1 : number + 1));
  return handler.fn({ ...request, query }, scenario);
}

function send(res: ServerResponse, outgoing: Exclude<Outgoing, 'hang'>, remaining: number): void {
  const reset = Math.floor(Date.now() / 1000) + 3600;
  res.writeHead(outgoing.status, {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-used': String(5000 - remaining),
    'x-ratelimit-reset': String(reset),
    'x-ratelimit-resource': 'core',
    'x-github-api-version-selected': '2022-11-28',
    ...outgoing.headers,
  });
  res.end(outgoing.body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function headersOf(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(Object.entries(req.headers).filter(([name]) => name !== 'authorization').map(([name, value]) => [name, String(value)]));
}

function parseJson(raw: string): unknown {
  try {
    return raw === '' ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return raw;
  }
}
