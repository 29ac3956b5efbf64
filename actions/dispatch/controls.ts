/** Controls the root action can dispatch to; each has `dist/<control>/main.js`. */
export const CONTROLS = ['guard', 'provenance', 'verify', 'token'] as const;
/** Controls with a post step (`dist/<control>/post.js`), run by the root action's post. */
export const CONTROLS_WITH_POST = ['token'] as const;
