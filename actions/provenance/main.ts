import { readProvenanceInputs, reportProvenance, runAction } from '@ringfence/runner';
import { runProvenance } from './src/run-provenance.js';

await runAction(async () => {
  await reportProvenance(await runProvenance(readProvenanceInputs()));
});
