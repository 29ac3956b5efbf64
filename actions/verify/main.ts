import { readVerifyInputs, reportVerify, runAction } from '@ringfence/runner';
import { runVerify } from './src/run-verify.js';

await runAction(async () => {
  const inputs = readVerifyInputs();
  await reportVerify({ verdict: await runVerify(inputs), tempDir: inputs.tempDir });
});
