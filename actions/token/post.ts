import { readTokenPostInputs, reportRevocation, runAction } from '@ringfence/runner';
import { revokeAtEnd } from './src/revoke-at-end.js';

await runAction(async () => {
  await reportRevocation(await revokeAtEnd(readTokenPostInputs()));
});
