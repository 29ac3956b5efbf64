import type { ServerResponse } from 'node:http';
import type { Reply } from '../exchange/replies.js';

/** Headers every answer carries: nothing is cached or sniffed, and the request id to find the audit event. */
function baseHeaders(requestId: string): Record<string, string> {
  return { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-request-id': requestId };
}

/** Writes a JSON reply; `close` ends the connection (a body was left unread). */
export function sendJson(res: ServerResponse, reply: Reply, requestId: string, close = false): void {
  const body = JSON.stringify(reply.body);
  res.writeHead(reply.status, { ...baseHeaders(requestId), ...reply.headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...(close ? { connection: 'close' } : {}) });
  res.end(body);
}

/** Writes a plain-text reply (the metrics). */
export function sendText(res: ServerResponse, status: number, text: string, contentType: string, requestId: string): void {
  res.writeHead(status, { ...baseHeaders(requestId), 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
