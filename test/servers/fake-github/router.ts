import type { Scenario } from './scenario.js';

/** A request as handlers see it: transport-agnostic, already parsed. */
export interface FakeRequest {
  readonly method: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  /** The Authorization header, for handlers that authenticate; never recorded. */
  readonly authorization?: string | undefined;
  readonly body: unknown;
  /** `http://127.0.0.1:PORT`, for the URLs in Link headers. */
  readonly origin: string;
  readonly pathname: string;
}

/** What a handler answers; `body` is JSON and is validated against the operation's schema. */
export interface FakeResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One operation of the fake: `path` is the OpenAPI path template, so it names the schema. */
export interface Handler {
  readonly method: string;
  readonly path: string;
  readonly fn: (request: FakeRequest, scenario: Scenario) => FakeResponse;
}

/** Finds the handler for a method and raw path, with its decoded path parameters. */
export function route(handlers: readonly Handler[], method: string, pathname: string): { handler: Handler; params: Record<string, string> } | undefined {
  const segments = pathname.split('/').slice(1);
  // A literal segment beats a parameter (`rulesets/rule-suites` is not ruleset "rule-suites"),
  // as in GitHub's router; among equals the first handler listed wins.
  let best: { handler: Handler; params: Record<string, string>; literals: number } | undefined;
  for (const handler of handlers) {
    if (handler.method !== method) continue;
    const template = handler.path.split('/').slice(1);
    const params = match(template, segments);
    if (!params) continue;
    const literals = template.filter((part) => !part.startsWith('{')).length;
    if (!best || literals > best.literals) best = { handler, params, literals };
  }
  return best && { handler: best.handler, params: best.params };
}

function match(template: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const part = template[i]!;
    const name = /^\{(\w+)\}$/u.exec(part)?.[1];
    const last = i === template.length - 1;
    // A contents path may arrive with its slashes encoded or not: take the rest.
    const segment = name === 'path' && last ? segments.slice(i).join('/') : segments[i];
    if (segment === undefined || segment === '') return undefined;
    if (name) params[name] = decodeURIComponent(segment);
    else if (part !== segment) return undefined;
    if (name === 'path' && last) return params;
  }
  return segments.length === template.length ? params : undefined;
}

/** One page of `items` with GitHub's Link header (`rel="next"`, `"last"`, `"first"`, `"prev"`). */
export function page<T>(request: FakeRequest, items: readonly T[], toBody: (item: T) => unknown = (item) => item): FakeResponse {
  const perPage = Math.min(Number(request.query.get('per_page') ?? 30) || 30, 100);
  const number = Math.max(Number(request.query.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams(request.query);
    query.set('per_page', String(perPage));
    query.set('page', String(n));
    return `<${request.origin}${request.pathname}?${query.toString()}>; rel="${rel}"`;
  };
  const links = [
    ...(number > 1 ? [link(number - 1, 'prev'), link(1, 'first')] : []),
    ...(number < last ? [link(number + 1, 'next'), link(last, 'last')] : []),
  ];
  return { status: 200, body: items.slice((number - 1) * perPage, number * perPage).map(toBody), headers: links.length > 0 ? { link: links.join(', ') } : {} };
}
