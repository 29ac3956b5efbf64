/**
 * Names `ringfence init` writes and doctor checks: the environment the guard job runs in and
 * the secret holding the guard App's key. One place, so init and doctor cannot drift apart.
 */
export const GUARD_ENVIRONMENT = 'ringfence-guard';

/** The secret (of the environment GUARD_ENVIRONMENT, never of the repository or organisation). */
export const GUARD_KEY_SECRET = 'RINGFENCE_GUARD_APP_KEY';
