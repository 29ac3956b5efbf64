import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { SAN_CLAIM } from './services.js';

/** What the gate decided: the body to hand the mock Fulcio, or a refusal. */
export type GateResult = { readonly ok: true; readonly body: string } | { readonly ok: false; readonly status: number; readonly message: string };

/**
 * Does what real Fulcio does before issuing and the mock does not: verifies the OIDC
 * token against its issuer's JWKS (when an issuer is configured) and derives the SAN the
 * way Fulcio's GitHub Actions identity does (`https://github.com/<job_workflow_ref>`),
 * else `email` or `sub`. The mock reads claims unverified, so the verified SAN is handed
 * to it as an extra claim in a re-encoded payload (the signature part is left as is).
 */
export function createFulcioGate(options: { readonly issuer?: string; readonly audience: string }): (body: string) => Promise<GateResult> {
  const jwks = options.issuer ? createRemoteJWKSet(new URL(`${options.issuer}/.well-known/jwks`)) : undefined;
  return async (body) => {
    const request = JSON.parse(body) as { credentials?: { oidcIdentityToken?: string } };
    const token = request.credentials?.oidcIdentityToken ?? '';
    let claims: Record<string, unknown>;
    try {
      claims = jwks ? (await jwtVerify(token, jwks, { issuer: options.issuer!, audience: options.audience })).payload : decodeJwt(token);
    } catch (error) {
      return { ok: false, status: 401, message: `The OIDC token could not be verified: ${(error as Error).message}` };
    }
    const san = subjectOf(claims);
    if (!san) return { ok: false, status: 400, message: 'The OIDC token names no subject' };
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ ...claims, [SAN_CLAIM]: san })).toString('base64url');
    return { ok: true, body: JSON.stringify({ ...request, credentials: { oidcIdentityToken: `${header}.${payload}.${signature}` } }) };
  };
}

function subjectOf(claims: Record<string, unknown>): string | undefined {
  if (typeof claims['job_workflow_ref'] === 'string') return `https://github.com/${claims['job_workflow_ref']}`;
  if (typeof claims['email'] === 'string') return claims['email'];
  return typeof claims['sub'] === 'string' ? claims['sub'] : undefined;
}
