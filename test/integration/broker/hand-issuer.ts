import { createHmac, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A second pinned issuer whose key the tests hold, to sign what the loopback OIDC issuer
 * never would (no `jti`, a `jku` header, numeric ids) with a key the broker trusts, so a
 * row reaches the one check it is about. Publishes its JWKS on 127.0.0.1 like GitHub's.
 */
export interface HandIssuer {
  readonly url: string;
  readonly kid: string;
  /** PEM of the public key: what an HS256 forgery is keyed with. */
  readonly publicKeyPem: string;
  /** Signs exactly this header and payload with RS256 (the header's `alg` is not checked). */
  sign(header: Record<string, unknown>, payload: Record<string, unknown>): string;
  close(): Promise<void>;
}

export async function startHandIssuer(): Promise<HandIssuer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/.well-known/jwks' ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    kid,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    sign: (header, payload) => compact(header, payload, (data) => sign('sha256', data, privateKey)),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A compact JWS of exactly this header and payload, signed by `signer` (empty signature without one). */
export function compact(header: Record<string, unknown>, payload: Record<string, unknown>, signer?: (data: Buffer) => Buffer): string {
  const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`;
  return `${input}.${signer ? signer(Buffer.from(input)).toString('base64url') : ''}`;
}

/** An HS256 signer keyed with `secret`: the classic forgery keyed by the issuer's public key. */
export function hmacSigner(secret: string): (data: Buffer) => Buffer {
  return (data) => createHmac('sha256', secret).update(data).digest();
}

/** An RS256 signer with a key nobody published. */
export function strangerSigner(): (data: Buffer) => Buffer {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 }) as { privateKey: KeyObject };
  return (data) => sign('sha256', data, privateKey);
}

function b64(text: string): string {
  return Buffer.from(text).toString('base64url');
}
