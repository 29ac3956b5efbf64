/** Kept in step with the root package.json by a unit test. */
export const VERSION = '0.1.0';
