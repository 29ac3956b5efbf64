export { checkAudience, parseBrokerUrl } from './broker-url.js';
export { BROKER_TIMEOUT_MS, MAX_BROKER_ANSWER_BYTES, callBroker } from './call-broker.js';
export type { BrokerAnswer, BrokerCall } from './call-broker.js';
export { exchangeIdToken } from './exchange-id-token.js';
export type { ExchangeAnswer } from './exchange-id-token.js';
export { checkExchangedToken } from './check-exchanged.js';
export type { ExchangedToken, ExpectedExchange } from './check-exchanged.js';
export { TokenExchangeError } from './errors.js';
export type { TokenExchangeErrorCode } from './errors.js';
