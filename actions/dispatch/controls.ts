/** Controls the root action can dispatch to; each has `dist/<control>/main.js`. */
export const CONTROLS = ['guard', 'provenance', 'verify'] as const;
