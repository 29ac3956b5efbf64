import { ProvenanceError } from '../errors.js';

/**
 * The JWKS URL from the issuer's OpenID discovery document
 * (https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderMetadata), which
 * must name the same issuer. Plain http is refused except on loopback (tests).
 */
export async function discoverJwksUrl(issuer: string, timeoutMs: number): Promise<URL> {
  const documentUrl = `${issuer.replace(/\/+$/u, '')}/.well-known/openid-configuration`;
  let document: { issuer?: unknown; jwks_uri?: unknown };
  try {
    const response = await fetch(checkUrl(documentUrl), { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    document = (await response.json()) as typeof document;
  } catch (error) {
    if (error instanceof ProvenanceError) throw error;
    throw refused(`could not read ${documentUrl}: ${(error as Error).message}`, error);
  }
  if (document.issuer !== issuer) throw refused(`${documentUrl} names issuer ${JSON.stringify(document.issuer)}, expected ${JSON.stringify(issuer)}`);
  if (typeof document.jwks_uri !== 'string') throw refused(`${documentUrl} has no jwks_uri`);
  return checkUrl(document.jwks_uri);
}

// Keys fetched over plain http could be swapped by anyone on the path.
function checkUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch (error) {
    throw refused(`${JSON.stringify(text)} is not a URL`, error);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) throw refused(`${text}: expected an https URL`);
  return url;
}

function refused(detail: string, cause?: unknown): ProvenanceError {
  return new ProvenanceError('PROVENANCE_ID_TOKEN_INVALID', `the ID token's issuer could not be trusted: ${detail}`, { cause });
}
