import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandlerFnResult } from '@sigstore/mock/dist/shared.types.js';
import { createFulcioGate } from './fulcio-gate.js';
import { canonicalizeRekorProposal } from './rekor-canonical.js';
import type { SigstoreServices } from './services.js';
import { createServices } from './services.js';
import { assembleTrustedRoot } from './trusted-root.js';

/** The three services the server fronts. */
export type ServiceName = 'fulcio' | 'rekor' | 'tsa';

/** One request as the server saw it (never the body: it holds the OIDC token). */
export interface SigstoreRequest {
  readonly service: ServiceName | undefined;
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

/** How the server behaves. */
export interface SigstoreServerOptions {
  /** When set, Fulcio verifies tokens against this issuer's JWKS, as real Fulcio does. */
  readonly oidcIssuer?: string;
  /** The `aud` Fulcio wants (default `sigstore`). */
  readonly audience?: string;
}

/** A running loopback Sigstore: Fulcio, Rekor (API v1) and a TSA, with the trusted root that matches. */
export interface SigstoreServer {
  readonly url: string;
  readonly fulcioUrl: string;
  readonly rekorUrl: string;
  readonly tsaUrl: string;
  /** `trusted_root.json` content (protobuf JSON). */
  readonly trustedRoot: unknown;
  readonly requests: SigstoreRequest[];
  /** Writes `trustedRoot` to `file` (for a spawned process or a CLI flag) and returns the path. */
  writeTrustedRoot(file: string): string;
  /** The next `times` requests to `service` answer `status` instead. */
  fail(service: ServiceName, status: number, times?: number): void;
  close(): Promise<void>;
}

const PREFIXES: Record<ServiceName, string> = { fulcio: '/fulcio', rekor: '/rekor', tsa: '/tsa' };
// sigstore-js appends the TSA's path only to a bare host URL; below a prefix it wants the full URL.
const TSA_PATH = '/api/v1/timestamp';

/**
 * Starts @sigstore/mock's Fulcio, Rekor and TSA handlers behind a real node:http server on
 * 127.0.0.1 (port 0), so any process (a spawned `dist/` bundle too) can reach them, each
 * under its own prefix: `<url>/fulcio`, `<url>/rekor`, `<url>/tsa/api/v1/timestamp`.
 */
export async function startSigstoreServer(options: SigstoreServerOptions = {}): Promise<SigstoreServer> {
  const requests: SigstoreRequest[] = [];
  const failures: { service: ServiceName; status: number; left: number }[] = [];
  const gate = createFulcioGate({ audience: options.audience ?? 'sigstore', ...(options.oidcIssuer ? { issuer: options.oidcIssuer } : {}) });
  // Listen first: the Rekor checkpoint names the log's host, known only once the port is.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const urls = { fulcio: `${url}${PREFIXES.fulcio}`, rekor: `${url}${PREFIXES.rekor}`, tsa: `${url}${PREFIXES.tsa}${TSA_PATH}` };
  const services = await createServices(urls.rekor);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void readBody(req).then(async (body) => {
      const service = serviceOf(req.url ?? '/');
      const failure = failures.find((f) => f.service === service && f.left > 0);
      if (failure) failure.left--;
      const result = failure ? { statusCode: failure.status, response: JSON.stringify({ code: failure.status, message: 'injected failure' }), contentType: 'application/json' } : await dispatch(service, req, body, services, gate);
      requests.push({ service, method: req.method ?? 'GET', path: req.url ?? '/', status: result.statusCode });
      send(res, result);
    });
  });
  const trustedRoot = assembleTrustedRoot(services, urls);
  return {
    url,
    fulcioUrl: urls.fulcio,
    rekorUrl: urls.rekor,
    tsaUrl: urls.tsa,
    trustedRoot,
    requests,
    writeTrustedRoot: (file) => {
      writeFileSync(file, JSON.stringify(trustedRoot, null, 2));
      return file;
    },
    fail: (service, status, times = 1) => void failures.push({ service, status, left: times }),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function serviceOf(path: string): ServiceName | undefined {
  return (Object.keys(PREFIXES) as ServiceName[]).find((name) => path.startsWith(`${PREFIXES[name]}/`));
}

// Routes to the mock handler whose path matches; Fulcio requests pass the gate first.
async function dispatch(service: ServiceName | undefined, req: IncomingMessage, body: string, services: SigstoreServices, gate: ReturnType<typeof createFulcioGate>): Promise<HandlerFnResult> {
  const handler = service === 'fulcio' ? services.fulcio : service === 'rekor' ? services.rekor : service === 'tsa' ? services.timestamp : undefined;
  const path = service ? (req.url ?? '').slice(PREFIXES[service].length) : '';
  if (!handler || req.method !== 'POST' || path !== handler.path) return { statusCode: 404, response: JSON.stringify({ message: `no route ${req.method} ${req.url}` }), contentType: 'application/json' };
  if (service === 'rekor') return handler.fn(canonicalizeRekorProposal(body));
  if (service !== 'fulcio') return handler.fn(body);
  const gated = await gate(body).catch((error: unknown) => ({ ok: false as const, status: 400, message: (error as Error).message }));
  return gated.ok ? handler.fn(gated.body) : { statusCode: gated.status, response: JSON.stringify({ code: gated.status, message: gated.message }), contentType: 'application/json' };
}

function send(res: ServerResponse, result: HandlerFnResult): void {
  const { response } = result;
  const bytes = typeof response === 'string' ? Buffer.from(response) : Buffer.from(response.buffer, response.byteOffset, response.byteLength);
  res.writeHead(result.statusCode, { 'content-type': result.contentType ?? 'text/plain' });
  res.end(bytes);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
