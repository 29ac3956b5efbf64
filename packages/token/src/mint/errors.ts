import { RingfenceError } from '@ringfence/core';

/** Why an App installation token could not be minted, or could not be trusted once minted. */
export type TokenMintErrorCode =
  /** The private key is not a PEM RSA private key (or is too short to sign for GitHub). */
  | 'TOKEN_APP_KEY_INVALID'
  /** The App id or client id is not one GitHub could have issued. */
  | 'TOKEN_APP_ISSUER_INVALID'
  /** The installation exists but is suspended: GitHub would refuse every token. */
  | 'TOKEN_INSTALLATION_SUSPENDED'
  /** GitHub's answer reaches more repositories or permissions than asked; the token was revoked. */
  | 'TOKEN_BROADER_THAN_REQUESTED'
  /** GitHub's answer cannot be checked (no repository list, no expiry); the token was revoked. */
  | 'TOKEN_ANSWER_UNVERIFIABLE'
  /** The installation lacks a permission the request needs (GitHub answered 422). */
  | 'TOKEN_INSTALLATION_LACKS_PERMISSION'
  /** The org policy file does not exist at its ref, or the App cannot read it. */
  | 'TOKEN_ORG_POLICY_NOT_FOUND'
  /** The inputs cannot make a request (an owner without repositories, a malformed name). */
  | 'TOKEN_INPUT_INVALID';

/** A failure of minting; the message never carries a token, a JWT or the key. */
export class TokenMintError extends RingfenceError<TokenMintErrorCode> {}
