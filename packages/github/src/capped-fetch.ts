import { GitHubError } from './errors.js';

type Fetch = typeof globalThis.fetch;

/**
 * Wraps a fetch so that no response body larger than `maxBytes` is ever held: a declared
 * `content-length` over the cap is refused before reading, and a streamed body is cut off
 * at the cap. Either way the caller gets GITHUB_RESPONSE_TOO_LARGE, never a truncated body.
 */
export function capFetch(fetch: Fetch, maxBytes: number, describe: () => string): Fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw tooLarge(describe(), maxBytes, `${declared} bytes declared`);
    }
    if (!response.body) return response;
    const bytes = await readCapped(response.body, maxBytes, describe);
    return new Response(response.status === 204 || response.status === 205 || response.status === 304 ? null : bytes, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number, describe: () => string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(describe(), maxBytes, `more than ${maxBytes} bytes received`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function tooLarge(request: string, maxBytes: number, found: string): GitHubError {
  return new GitHubError('GITHUB_RESPONSE_TOO_LARGE', `${request}: expected a response body of at most ${maxBytes} bytes, found ${found}`);
}
