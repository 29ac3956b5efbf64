import type { TokenRequest } from '../types.js';
import { secretForms } from '../mint/secret-forms.js';
import { callBroker } from './call-broker.js';
import type { BrokerCall } from './call-broker.js';
import { findStrayTokens } from './find-stray-tokens.js';

/** What the broker said to an exchange. */
export type ExchangeAnswer =
  /** HTTP 200 with a token, already masked; its body is still to be checked (`checkExchangedToken`). */
  | { readonly outcome: 'answered'; readonly token: string; readonly body: Readonly<Record<string, unknown>>; readonly requestId: string | undefined }
  /**
   * Any other status: the broker's short public error code (the reason is in its audit log),
   * and every token-looking value the answer carried anyway, already masked: the caller
   * revokes them, as a token is live whatever the status beside it says.
   */
  | { readonly outcome: 'refused'; readonly status: number; readonly error: string; readonly requestId: string | undefined; readonly strayTokens: readonly string[] };

/**
 * `POST <broker>/v1/exchange` with the job's ID token and its request. A token in the
 * answer is masked in every form it may be logged in before anything else looks at the
 * answer, whatever its status or shape; a refusal also hands back every token-looking value
 * it carried (`findStrayTokens`), masked, for the caller to revoke. Throws TOKEN_BROKER_UNREACHABLE or
 * TOKEN_BROKER_BAD_ANSWER (the answer carries no token, or no error code).
 */
export async function exchangeIdToken(call: Omit<BrokerCall, 'route' | 'body'> & { readonly request: TokenRequest }, mask: (secret: string) => void): Promise<ExchangeAnswer> {
  const answer = await callBroker({ ...call, route: 'v1/exchange', body: call.request });
  const token = answer.body['token'];
  if (typeof token === 'string' && token !== '') for (const form of secretForms(token)) mask(form);
  if (answer.status === 200 && typeof token === 'string' && token !== '') return { outcome: 'answered', token, body: answer.body, requestId: answer.requestId };
  const strayTokens = findStrayTokens(answer.body);
  for (const stray of strayTokens) for (const form of secretForms(stray)) mask(form);
  const error = answer.body['error'];
  const code = typeof error === 'string' && /^[a-z_]{1,40}$/u.test(error) ? error : `http_${answer.status}`;
  return { outcome: 'refused', status: answer.status === 200 ? 502 : answer.status, error: answer.status === 200 ? 'no_token_in_answer' : code, requestId: answer.requestId, strayTokens };
}
