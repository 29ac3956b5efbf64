import { readTokenInputs, reportToken, runAction } from '@ringfence/runner';
import { runToken } from './src/run-token.js';

// Inputs first: reading them masks the private key before anything else happens.
await runAction(async () => {
  await reportToken(await runToken(readTokenInputs()));
});
