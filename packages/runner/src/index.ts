export { runAction } from './run-action.js';
export { optionalInput, requiredInput, secretInput, choiceInput, booleanInput } from './inputs.js';
export { readRunnerContext } from './context.js';
export type { RunnerContext } from './context.js';
export { reportGuard } from './report-guard.js';
export type { GuardReport } from './report-guard.js';
export { escapeHtml } from './escape-html.js';
export { readGuardInputs } from './guard-inputs.js';
export type { GuardInputs } from './guard-inputs.js';
