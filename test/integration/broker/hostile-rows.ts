import type { BrokerReasonCode, PublicErrorCode } from '@ringfence/broker';
import type { TokenRefusalCode } from '@ringfence/token';
import { compact, hmacSigner, strangerSigner } from './hand-issuer.js';
import type { BrokerStack, CallOptions } from './stack.js';
import { APP_REPO, AUDIENCE, OWNER_ID, POLICY_REPO } from './stack.js';

/**
 * The table of malformed and hostile calls to /v1/exchange: each row a scenario, how to
 * build its call against a running stack, and the status, public error and audited reason
 * the broker must answer with. Shared by the tests that run it (with a recording minter,
 * and with the GitHub App minter against the fake GitHub, across an issuer key rotation).
 */
export type Expected = readonly [status: number, error: PublicErrorCode, reason: BrokerReasonCode | TokenRefusalCode];
export type Row = readonly [scenario: string, build: () => Promise<CallOptions>, expected: Expected];

/** The rows, each building its call against the stack `stack()` returns when the row runs. */
export function hostileRows(stack: () => BrokerStack): readonly Row[] {
  const token = (options: Parameters<BrokerStack['mint']>[0] = {}) => async (): Promise<CallOptions> => ({ token: await stack().mint(options) });
  const claims = (overrides: Record<string, unknown>) => token({ claims: overrides });
  const hand = (overrides: Record<string, unknown>, header: Record<string, unknown> = {}) => (): Promise<CallOptions> =>
    Promise.resolve({ token: stack().hand.sign({ alg: 'RS256', typ: 'JWT', kid: stack().hand.kid, ...header }, stack().handPayload(overrides)) });
  const forged = (header: Record<string, unknown>, signer?: (data: Buffer) => Buffer) => async (): Promise<CallOptions> => {
    const payload = JSON.parse(Buffer.from((await stack().mint()).split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    return { token: compact(header, payload, signer) };
  };
  const request = (body: unknown) => async (): Promise<CallOptions> => ({ token: await stack().mint(), body: body as Record<string, unknown> });
  const invalidToken = (reason: BrokerReasonCode): Expected => [401, 'invalid_token', reason];
  const denied = (reason: BrokerReasonCode | TokenRefusalCode): Expected => [403, 'access_denied', reason];

  return [
    // The HTTP request itself
    ['a call without an Authorization header', () => Promise.resolve({}), invalidToken('AUTH_MISSING')],
    ['a Basic instead of a Bearer credential', async () => ({ authorization: `Basic ${await stack().mint()}` }), invalidToken('AUTH_MALFORMED')],
    ['a bearer with a space inside the token', async () => ({ authorization: `Bearer ${await stack().mint()} x` }), invalidToken('AUTH_MALFORMED')],
    ['a text/plain body', async () => ({ token: await stack().mint(), contentType: 'text/plain' }), [415, 'unsupported_media_type', 'REQUEST_CONTENT_TYPE']],
    ['a JSON body declared in another charset', async () => ({ token: await stack().mint(), contentType: 'application/json; charset=utf-16' }), [415, 'unsupported_media_type', 'REQUEST_CONTENT_TYPE']],
    ['a body over the size cap', async () => ({ token: await stack().mint(), body: JSON.stringify({ permissions: { contents: 'read' }, pad: 'x'.repeat(20_000) }) }), [413, 'request_too_large', 'REQUEST_TOO_LARGE']],
    ['a body that is not JSON', async () => ({ token: await stack().mint(), body: '{"permissions": {"contents": "read"' }), [400, 'invalid_request', 'REQUEST_MALFORMED_JSON']],
    ['a body in YAML', async () => ({ token: await stack().mint(), body: 'permissions:\n  contents: read\n' }), [400, 'invalid_request', 'REQUEST_MALFORMED_JSON']],
    ['a request with a misspelled permission', request({ permissions: { content: 'read' } }), [400, 'invalid_request', 'REQUEST_INVALID']],
    ['a request asking for no permission at all', request({ permissions: {} }), [400, 'invalid_request', 'REQUEST_INVALID']],
    ['a request naming repositories by name', request({ repositories: ['acme/app'], permissions: { contents: 'read' } }), [400, 'invalid_request', 'REQUEST_INVALID']],
    ['a request with a key repeated to smuggle a second value', async () => ({ token: await stack().mint(), body: '{"permissions":{"contents":"read","contents":"write"}}' }), [400, 'invalid_request', 'REQUEST_INVALID']],
    // The token's shape and header
    ['a token of 9 KiB', () => Promise.resolve({ token: `eyJ${'a'.repeat(9000)}.eyJ.x` }), invalidToken('ID_TOKEN_TOO_LARGE')],
    ['a token of two parts', () => Promise.resolve({ token: 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0' }), invalidToken('ID_TOKEN_MALFORMED')],
    ['a token whose header is not JSON', () => Promise.resolve({ token: 'bm90LWpzb24.eyJpc3MiOiJ4In0.c2ln' }), invalidToken('ID_TOKEN_MALFORMED')],
    ['alg none with no signature', forged({ alg: 'none', typ: 'JWT' }), invalidToken('ID_TOKEN_ALG_NOT_ALLOWED')],
    ['HS256 keyed with the issuer\'s public key', async () => forged({ alg: 'HS256', typ: 'JWT', kid: stack().hand.kid }, hmacSigner(stack().hand.publicKeyPem))(), invalidToken('ID_TOKEN_ALG_NOT_ALLOWED')],
    ['RS512 instead of RS256', forged({ alg: 'RS512', typ: 'JWT', kid: 'k' }, strangerSigner()), invalidToken('ID_TOKEN_ALG_NOT_ALLOWED')],
    ['no kid in the header', forged({ alg: 'RS256', typ: 'JWT' }, strangerSigner()), invalidToken('ID_TOKEN_KID_MISSING')],
    ['a jku header pointing at the caller\'s own key set', hand({ repository_owner_id: '555' }, { jku: 'https://evil.example/jwks' }), invalidToken('ID_TOKEN_HEADER_NOT_ALLOWED')],
    ['an embedded jwk header', hand({}, { jwk: { kty: 'RSA', n: 'x', e: 'AQAB' } }), invalidToken('ID_TOKEN_HEADER_NOT_ALLOWED')],
    ['a crit header', hand({}, { crit: ['exp'] }), invalidToken('ID_TOKEN_HEADER_NOT_ALLOWED')],
    ['typ at+jwt', hand({}, { typ: 'at+jwt' }), invalidToken('ID_TOKEN_HEADER_NOT_ALLOWED')],
    // Issuer and key
    ['github.com\'s issuer, which this broker does not pin', token({ issuer: 'https://token.actions.githubusercontent.com' }), invalidToken('ID_TOKEN_ISSUER_NOT_ALLOWED')],
    ['the pinned issuer with a trailing slash', async () => ({ token: await stack().mint({ issuer: `${stack().issuer.issuer}/` }) }), invalidToken('ID_TOKEN_ISSUER_NOT_ALLOWED')],
    ['the pinned issuer in upper case', async () => ({ token: await stack().mint({ issuer: stack().issuer.issuer.toUpperCase() }) }), invalidToken('ID_TOKEN_ISSUER_NOT_ALLOWED')],
    ['the pinned issuer with a path appended', async () => ({ token: await stack().mint({ issuer: `${stack().issuer.issuer}/acme` }) }), invalidToken('ID_TOKEN_ISSUER_NOT_ALLOWED')],
    ['one pinned issuer\'s name on another pinned issuer\'s key', async () => ({ token: await stack().mint({ issuer: stack().hand.url }) }), invalidToken('ID_TOKEN_KID_UNKNOWN')],
    ['a made-up kid', forged({ alg: 'RS256', typ: 'JWT', kid: 'not-a-published-kid' }, strangerSigner()), invalidToken('ID_TOKEN_KID_UNKNOWN')],
    ['the issuer\'s kid on a key it never published', token({ signer: 'stranger' }), invalidToken('ID_TOKEN_SIGNATURE_INVALID')],
    ['a valid token with its payload swapped', async () => {
      const [header, , signature] = (await stack().mint()).split('.');
      const payload = Buffer.from(JSON.stringify({ ...stack().handPayload(), iss: stack().issuer.issuer, repository_owner_id: OWNER_ID })).toString('base64url');
      return { token: `${header}.${payload}.${signature}` };
    }, invalidToken('ID_TOKEN_SIGNATURE_INVALID')],
    // Time
    ['a token expired an hour ago', token({ issuedAt: new Date(Date.now() - 3_600_000) }), invalidToken('ID_TOKEN_EXPIRED')],
    ['a token issued 15 minutes ago that has not expired', token({ issuedAt: new Date(Date.now() - 900_000), lifetimeSeconds: 3600 }), invalidToken('ID_TOKEN_TOO_OLD')],
    ['a token valid only in two minutes', token({ issuedAt: new Date(Date.now() + 120_000) }), invalidToken('ID_TOKEN_NOT_YET_VALID')],
    ['a token without exp', hand({ exp: undefined }), invalidToken('ID_TOKEN_CLAIM_MISSING')],
    ['a token without iat', hand({ iat: undefined }), invalidToken('ID_TOKEN_CLAIM_MISSING')],
    // Audience
    ['a token for another audience', token({ audience: 'https://other.example' }), invalidToken('ID_TOKEN_AUDIENCE_MISMATCH')],
    ['a token for GitHub\'s default audience', token({ audience: 'https://github.com/acme' }), invalidToken('ID_TOKEN_AUDIENCE_MISMATCH')],
    ['a token for this audience and sigstore', token({ audience: [AUDIENCE, 'sigstore'] }), invalidToken('ID_TOKEN_AUDIENCE_NOT_UNIQUE')],
    ['a token for this audience twice', token({ audience: [AUDIENCE, AUDIENCE] }), invalidToken('ID_TOKEN_AUDIENCE_NOT_UNIQUE')],
    ['a token without audience', hand({ aud: undefined }), invalidToken('ID_TOKEN_CLAIM_MISSING')],
    ['the audience with different case', token({ audience: AUDIENCE.toUpperCase() }), invalidToken('ID_TOKEN_AUDIENCE_MISMATCH')],
    // Claims
    ['a token without jti', hand({ jti: undefined }), invalidToken('ID_TOKEN_CLAIM_MISSING')],
    ['a token without repository_owner_id', claims({ repository_owner_id: undefined }), invalidToken('ID_TOKEN_CLAIM_MISSING')],
    ['a token without run_id', claims({ run_id: undefined }), invalidToken('ID_TOKEN_CLAIM_MISSING')],
    ['an empty repository_id', claims({ repository_id: '' }), invalidToken('ID_TOKEN_CLAIM_MISSING')],
    ['repository_owner_id as a number', hand({ repository_owner_id: 555 }), invalidToken('ID_TOKEN_CLAIM_INVALID')],
    ['repository_owner_id with a leading zero', claims({ repository_owner_id: `0${OWNER_ID}` }), invalidToken('ID_TOKEN_CLAIM_INVALID')],
    ['repository_id with a sign', claims({ repository_id: `+${APP_REPO}` }), invalidToken('ID_TOKEN_CLAIM_INVALID')],
    ['a newline in environment', claims({ environment: 'production\nref: refs/heads/main' }), invalidToken('ID_TOKEN_CLAIM_INVALID')],
    ['a jti of 300 characters', hand({ jti: 'j'.repeat(300) }), invalidToken('ID_TOKEN_CLAIM_INVALID')],
    // Look-alike subjects
    ['sub naming another repository', claims({ sub: 'repo:acme/app-fork:ref:refs/heads/main' }), invalidToken('ID_TOKEN_SUBJECT_MISMATCH')],
    ['sub hiding a ref behind %3A', claims({ sub: 'repo:acme/app%3Aref%3Arefs/heads/main:pull_request' }), invalidToken('ID_TOKEN_SUBJECT_MISMATCH')],
    ['a Cyrillic а in repository_owner', claims({ repository: 'аcme/app', repository_owner: 'аcme', sub: 'repo:аcme/app:ref:refs/heads/main' }), invalidToken('ID_TOKEN_SUBJECT_MISMATCH')],
    ['a zero-width space in repository', claims({ repository: 'acme/app\u200b', sub: 'repo:acme/app\u200b:ref:refs/heads/main' }), invalidToken('ID_TOKEN_SUBJECT_MISMATCH')],
    ['repository_owner in upper case against acme/app', claims({ repository_owner: 'ACME' }), invalidToken('ID_TOKEN_SUBJECT_MISMATCH')],
    ['a repository with a ref glued on', claims({ repository: 'acme/app:ref:refs/heads/main', sub: 'repo:acme/app:ref:refs/heads/main:ref:refs/heads/main' }), invalidToken('ID_TOKEN_SUBJECT_MISMATCH')],
    ['workflow_ref from another repository', claims({ workflow_ref: 'acme/app-fork/.github/workflows/release.yml@refs/heads/main' }), invalidToken('ID_TOKEN_SUBJECT_MISMATCH')],
    ['an immutable sub with another owner id', claims({ sub: `repo:acme@1/app@${APP_REPO}:ref:refs/heads/main` }), invalidToken('ID_TOKEN_SUBJECT_MISMATCH')],
    ['a ref that is not a full ref', claims({ ref: 'main', sub: 'repo:acme/app:ref:main' }), invalidToken('ID_TOKEN_SUBJECT_MISMATCH')],
    // Owner allow-list, before any policy
    ['an owner id this issuer does not serve', claims({ repository_owner_id: '424242' }), denied('OWNER_NOT_ALLOWED')],
    ['the owner name right but its id wrong', claims({ repository_owner: 'acme', repository_owner_id: '1' }), denied('OWNER_NOT_ALLOWED')],
    ['an owner served by another pinned issuer only', hand({ repository_owner_id: OWNER_ID }), denied('OWNER_NOT_ALLOWED')],
    // The token policy
    ['write to a repository the rule does not grant', request({ repositories: ['222222222'], permissions: { contents: 'write' } }), denied('TOKEN_REPOSITORY_NOT_GRANTED')],
    ['an organization permission', request({ permissions: { members: 'read' } }), denied('TOKEN_PERMISSION_NOT_GRANTED')],
    ['contents write on a repository listed as protected', request({ repositories: ['100002'], permissions: { contents: 'write' } }), denied('TOKEN_PROTECTED_REPOSITORY')],
    ['contents write on the policy\'s repository', request({ repositories: [POLICY_REPO], permissions: { contents: 'write' } }), denied('TOKEN_PROTECTED_REPOSITORY')],
    ['a pull request job', claims({ event_name: 'pull_request', sub: 'repo:acme/app:pull_request' }), denied('TOKEN_NO_RULE_MATCHED')],
    ['a self-hosted runner', claims({ runner_environment: 'self-hosted' }), denied('TOKEN_NO_RULE_MATCHED')],
  ];
}
