import { readGuardInputs, reportGuard, runAction } from '@ringfence/runner';
import { runGuard } from './src/run-guard.js';

await runAction(async () => {
  const inputs = readGuardInputs();
  const outcome = await runGuard(inputs);
  await reportGuard({ ...outcome, mode: inputs.mode, tempDir: inputs.context.defaultTempDir });
});
