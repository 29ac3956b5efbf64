import { isBrokerMode, readBrokerTokenInputs, readTokenInputs, reportToken, runAction } from '@ringfence/runner';
import { runBrokerToken } from './src/run-broker-token.js';
import { runToken } from './src/run-token.js';

// Inputs first: reading them masks the private key before anything else happens.
await runAction(async () => {
  await reportToken(isBrokerMode() ? await runBrokerToken(readBrokerTokenInputs()) : await runToken(readTokenInputs()));
});
