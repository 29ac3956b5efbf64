import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { BrokerError } from '../errors.js';
import type { CallInput } from '../exchange/exchange.js';
import type { Reply } from '../exchange/replies.js';
import { readJsonBody } from './read-body.js';
import { sendJson, sendText } from './respond.js';

/** What the routes call; each answers, none throws for a caller's mistake. */
export interface BrokerHandlers {
  exchange(input: CallInput): Promise<Reply>;
  explain(input: CallInput): Promise<Reply>;
  /** 200 when exchanges can be served, 503 otherwise. */
  health(): Promise<Reply>;
  metrics(): string;
}

/** Limits of the HTTP server. */
export interface HttpLimits {
  readonly maxBodyBytes: number;
  /** Whole request, headers and body (slow clients are cut off). Default 10 s. */
  readonly requestTimeoutMs?: number;
  /** Default 5 s. */
  readonly headersTimeoutMs?: number;
}

// A Map, not an object: a path such as `/__proto__` must not find a route.
const ROUTES: ReadonlyMap<string, string> = new Map([
  ['/v1/exchange', 'POST'],
  ['/v1/explain', 'POST'],
  ['/healthz', 'GET'],
  ['/metrics', 'GET'],
]);

/** A `node:http` server for the broker's four routes; not yet listening. */
export function createBrokerHttpServer(handlers: BrokerHandlers, limits: HttpLimits): Server {
  const server = createServer({ requestTimeout: limits.requestTimeoutMs ?? 10_000, headersTimeout: limits.headersTimeoutMs ?? 5000, keepAliveTimeout: 5000, maxHeaderSize: 16 * 1024 }, (req, res) => {
    const requestId = randomUUID();
    route(req, res, handlers, limits, requestId).catch(() => {
      // Defense in depth: handlers answer every failure themselves.
      if (!res.headersSent) sendJson(res, { status: 500, body: { error: 'internal_error', request_id: requestId } }, requestId, true);
      else res.destroy();
    });
  });
  server.maxRequestsPerSocket = 1000;
  return server;
}

async function route(req: IncomingMessage, res: ServerResponse, handlers: BrokerHandlers, limits: HttpLimits, requestId: string): Promise<void> {
  const path = (req.url ?? '/').split('?')[0]!;
  const method = ROUTES.get(path);
  if (method === undefined) return sendJson(res, { status: 404, body: { error: 'not_found', request_id: requestId } }, requestId);
  if (req.method !== method) return sendJson(res, { status: 405, body: { error: 'method_not_allowed', request_id: requestId }, headers: { allow: method } }, requestId);
  if (path === '/healthz') return sendJson(res, await handlers.health(), requestId);
  if (path === '/metrics') return sendText(res, 200, handlers.metrics(), 'text/plain; version=0.0.4; charset=utf-8', requestId);
  const body = await readJsonBody(req, limits.maxBodyBytes);
  const input: CallInput = { requestId, authorization: req.headers.authorization, body };
  const reply = await (path === '/v1/exchange' ? handlers.exchange(input) : handlers.explain(input));
  // A body left unread cannot be followed by another request on this connection.
  sendJson(res, reply, requestId, body instanceof BrokerError);
}
