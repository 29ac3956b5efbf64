import type { IncomingMessage } from 'node:http';
import { BrokerError } from '../errors.js';

// application/json, with at most a UTF-8 charset: anything else might be read differently.
const JSON_TYPE = /^application\/json\s*(?:;\s*charset="?utf-8"?\s*)?$/iu;

/**
 * The body of a JSON request, at most `maxBytes`: a declared length over the cap is
 * refused before a byte is read, a streamed body as soon as it passes the cap. Returns
 * the refusal instead of throwing, so the call is still audited.
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | BrokerError> {
  const type = req.headers['content-type'];
  if (type === undefined || !JSON_TYPE.test(type)) return Promise.resolve(new BrokerError('REQUEST_CONTENT_TYPE', `content-type ${JSON.stringify(type?.slice(0, 100) ?? null)}; expected application/json`));
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) return Promise.resolve(new BrokerError('REQUEST_TOO_LARGE', `declared body of ${declared} bytes; at most ${maxBytes}`));
  return collect(req, maxBytes);
}

// Listeners rather than `for await`: leaving that loop early destroys the socket, and with
// it the 413. Past the cap the rest is read and dropped until the connection closes.
function collect(req: IncomingMessage, maxBytes: number): Promise<Buffer | BrokerError> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) resolve(new BrokerError('REQUEST_TOO_LARGE', `body passed ${maxBytes} bytes`));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', (error) => resolve(new BrokerError('REQUEST_MALFORMED_JSON', `the body could not be read: ${error.message}`, { cause: error })));
  });
}
