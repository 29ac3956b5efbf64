import { describeThrown } from '@ringfence/core';
import { TokenError, loadTokenRequest } from '@ringfence/token';
import type { TokenRequest } from '@ringfence/token';
import { BrokerError } from '../errors.js';

/**
 * A request body to a `TokenRequest`: JSON only (a body YAML would read differently is
 * refused), then the token package's schema (`repositories` as ids, `permissions` by name).
 * Throws REQUEST_MALFORMED_JSON or REQUEST_INVALID.
 */
export function parseRequest(body: Buffer): TokenRequest {
  const text = body.toString('utf8');
  try {
    JSON.parse(text);
  } catch (error) {
    throw new BrokerError('REQUEST_MALFORMED_JSON', `the body is not JSON: ${describeThrown(error)}`, { cause: error });
  }
  try {
    return loadTokenRequest(body, 'request');
  } catch (error) {
    if (error instanceof TokenError) throw new BrokerError('REQUEST_INVALID', error.message, { cause: error });
    throw error;
  }
}
