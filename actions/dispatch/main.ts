import { choiceInput, runAction } from '@ringfence/runner';
import { CONTROLS } from './controls.js';

// The root action.yml runs this: it hands the step to one control's own bundle, in this process.
await runAction(async () => {
  const control = choiceInput('control', CONTROLS, '' as (typeof CONTROLS)[number]);
  await import(new URL(`../${control}/main.js`, import.meta.url).href);
});
