import type { JSONWebKeySet } from 'jose';

/** The most a JWKS response may hold; GitHub's is about 3 KiB. */
export const MAX_JWKS_BYTES = 100 * 1024;

/**
 * GETs a JSON Web Key Set: no redirects (a redirect could point anywhere), a timeout, a
 * size cap, and a `keys` array or nothing. Throws an Error saying what was wrong.
 */
export async function fetchJwks(url: string, timeoutMs: number): Promise<JSONWebKeySet> {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json, application/jwk-set+json' } });
  if (response.status !== 200) {
    await response.body?.cancel();
    throw new Error(`${url} answered ${response.status}`);
  }
  const text = await readCapped(response, MAX_JWKS_BYTES);
  const json = JSON.parse(text) as { keys?: unknown };
  if (!Array.isArray(json.keys)) throw new Error(`${url} is not a JSON Web Key Set`);
  return json as JSONWebKeySet;
}

async function readCapped(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limit) throw new Error(`key set of ${declared} bytes is larger than ${limit}`);
  const reader = (response.body as ReadableStream<Uint8Array> | null)?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`key set larger than ${limit} bytes`);
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
