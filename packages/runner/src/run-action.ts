import * as core from '@actions/core';
import { describeThrown, redactSecrets } from '@ringfence/core';

/**
 * The one wrapper every action entry point runs in. Anything thrown (not only Error),
 * and any unhandled rejection, fails the step with a redacted one-line reason and no
 * stack; a failure is never mistaken for success.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  const fail = (thrown: unknown): void => {
    core.setFailed(redactSecrets(describeThrown(thrown)));
    process.exitCode = 1;
  };
  process.on('unhandledRejection', fail);
  process.on('uncaughtException', fail);
  try {
    await main();
  } catch (thrown) {
    fail(thrown);
  }
}
