import type { KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { isAppKeySigner, signWithKeySigner } from './app-key-signer.js';
import type { AppKeySigner } from './app-key-signer.js';
import { TokenMintError } from './errors.js';
import { readAppPrivateKey } from './private-key.js';

/** Who the App is: its numeric App id, or its client id (GitHub recommends the client id). */
export type AppIssuer = { readonly appId: string } | { readonly clientId: string };

/** Signs the App's JWTs, and moves its clock to GitHub's once when GitHub refuses one. */
export interface AppJwtSigner {
  /** A fresh JWT: RS256, `iat` 60 s ago, `exp` 9 minutes ahead, on GitHub's clock once corrected. */
  sign(): Promise<string>;
  /**
   * Called with the `Date` of a 401 answer to a JWT request. True the first time only: the
   * caller may then sign again and retry once (clock skew, or an App or installation GitHub
   * has not finished creating); the clock moves to `serverDate` when there is one.
   */
  correctClock(serverDate: Date | undefined): boolean;
  /** Seconds added to the local clock (0 until corrected). */
  readonly offsetSeconds: number;
}

export interface AppJwtOptions {
  readonly issuer: AppIssuer;
  /** The App's PEM private key (see `readAppPrivateKey`), the key already read, or a signer holding it (a KMS). */
  readonly privateKey: string | KeyObject | AppKeySigner;
  /** Milliseconds since the epoch (tests); default `Date.now`. */
  readonly now?: () => number;
}

// GitHub refuses an `exp` more than 10 minutes ahead of its clock; 60 s back and 540 s
// ahead keep a whole 10-minute window while tolerating a minute of skew either way.
const IAT_BACK_SECONDS = 60;
const EXP_AHEAD_SECONDS = 540;
const APP_ID = /^[1-9][0-9]{0,19}$/u;
const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{3,63}$/u;

/**
 * The signer of an App's JWTs (spec: docs.github.com, "Generating a JSON Web Token (JWT)
 * for a GitHub App"). Reads the key and checks the issuer at once, so a malformed key fails
 * before anything is sent.
 */
export function createAppJwtSigner(options: AppJwtOptions): AppJwtSigner {
  const issuer = checkIssuer(options.issuer);
  const { privateKey } = options;
  const key = typeof privateKey === 'string' ? readAppPrivateKey(privateKey) : privateKey;
  const now = options.now ?? Date.now;
  let offsetSeconds = 0;
  let corrected = false;
  return {
    get offsetSeconds() {
      return offsetSeconds;
    },
    sign: async () => {
      const seconds = Math.floor(now() / 1000) + offsetSeconds;
      if (isAppKeySigner(key)) return signWithKeySigner(key, { iss: issuer, iat: seconds - IAT_BACK_SECONDS, exp: seconds + EXP_AHEAD_SECONDS });
      return new SignJWT({}).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).setIssuer(issuer).setIssuedAt(seconds - IAT_BACK_SECONDS).setExpirationTime(seconds + EXP_AHEAD_SECONDS).sign(key);
    },
    correctClock: (serverDate) => {
      if (corrected) return false;
      corrected = true;
      const server = serverDate?.getTime();
      if (server !== undefined && Number.isFinite(server)) offsetSeconds = Math.round((server - now()) / 1000);
      return true;
    },
  };
}

function checkIssuer(issuer: AppIssuer): string {
  if ('appId' in issuer) {
    if (APP_ID.test(issuer.appId)) return issuer.appId;
    throw new TokenMintError('TOKEN_APP_ISSUER_INVALID', `input app-id: expected the App's numeric id (App settings, "App ID"), found ${describe(issuer.appId)}`);
  }
  if (CLIENT_ID.test(issuer.clientId)) return issuer.clientId;
  throw new TokenMintError('TOKEN_APP_ISSUER_INVALID', `input client-id: expected the App's client id such as Iv23liABCDEF12345678, found ${describe(issuer.clientId)}`);
}

// An id is not secret, but whatever was pasted in its place might be: show its shape only.
function describe(value: string): string {
  return value === '' ? 'nothing' : `${value.length} characters that are not one`;
}
