import { RingfenceError } from '@ringfence/core';

/** Why a broker exchange (broker mode of the token action) gave the job no token. */
export type TokenExchangeErrorCode =
  /** Input `broker-url` is not an https URL (or http on loopback). */
  | 'TOKEN_BROKER_URL_INVALID'
  /** Input `audience` is missing or one another relying party uses. */
  | 'TOKEN_AUDIENCE_INVALID'
  /** The runner gave no ID token (the job lacks `permissions: id-token: write`). */
  | 'TOKEN_ID_TOKEN_UNAVAILABLE'
  /** The broker could not be reached, or did not answer in time. */
  | 'TOKEN_BROKER_UNREACHABLE'
  /** The broker answered something that is not its protocol (or too much of it). */
  | 'TOKEN_BROKER_BAD_ANSWER'
  /** The broker refused the exchange (policy, request or identity). */
  | 'TOKEN_BROKER_REFUSED'
  /** The broker failed (minting, its stores, its issuer keys). */
  | 'TOKEN_BROKER_FAILED'
  /** The broker's token reaches more than was asked, or lives too long; it was revoked. */
  | 'TOKEN_BROADER_THAN_REQUESTED';

/** A failure of the exchange; the message never carries the ID token or the minted token. */
export class TokenExchangeError extends RingfenceError<TokenExchangeErrorCode> {}
