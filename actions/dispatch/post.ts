import { choiceInput, runAction } from '@ringfence/runner';
import { CONTROLS, CONTROLS_WITH_POST } from './controls.js';

// The root action's post step: the chosen control's own post bundle, when it has one.
await runAction(async () => {
  const control = choiceInput('control', CONTROLS, '' as (typeof CONTROLS)[number]);
  if ((CONTROLS_WITH_POST as readonly string[]).includes(control)) await import(new URL(`../${control}/post.js`, import.meta.url).href);
});
