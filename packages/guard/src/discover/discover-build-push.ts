import { WORKSPACE_ROOT, joinPath, substituteExpressions } from '@ringfence/workflow';
import type { Located, Step } from '@ringfence/workflow';
import type { DiscoverySession } from './discovery-session.js';
import { repositoryPathOf } from './locate.js';
import { quote } from './origin.js';
import type { Origin } from './origin.js';

const DEFAULT_CONTEXT = '{{defaultContext}}';
const REMOTE_CONTEXT = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/iu;

/**
 * `docker/build-push-action`: the Dockerfile is `with.file` (relative to the workspace),
 * else `Dockerfile` in `with.context`; without a context the action builds the repository
 * itself (its "Git context"), so the root `Dockerfile`.
 * @see https://github.com/docker/build-push-action#inputs
 */
export async function discoverBuildPush(session: DiscoverySession, step: Step, at: (line: number) => Origin, expressions: Readonly<Record<string, string>>): Promise<void> {
  const file = step.with['file'];
  const context = step.with['context'];
  if (file) return addDockerfile(session, file, expressions, at(file.line), (value) => value);
  if (!context) return addDockerfile(session, { value: 'Dockerfile', line: step.line, column: 0 }, expressions, at(step.line), (value) => value);
  await addDockerfile(session, context, expressions, at(context.line), (value) => {
    if (REMOTE_CONTEXT.test(value)) return undefined;
    // `{{defaultContext}}:subdir` is a folder of the Git context.
    const dir = value.startsWith(DEFAULT_CONTEXT) ? value.slice(DEFAULT_CONTEXT.length).replace(/^:/u, '') : value;
    return joinPath(dir, 'Dockerfile');
  });
}

async function addDockerfile(
  session: DiscoverySession,
  input: Located<string>,
  expressions: Readonly<Record<string, string>>,
  origin: Origin,
  toPath: (value: string) => string | undefined,
): Promise<void> {
  const value = substituteExpressions(input.value, expressions);
  if (value.includes('${{')) {
    session.warn('DISCOVERY_UNRESOLVED', origin, `cannot tell which Dockerfile ${quote(input.value)} names: it is an expression`);
    return;
  }
  const relative = toPath(value);
  if (relative === undefined) return;
  const path = repositoryPathOf(joinPath(WORKSPACE_ROOT, relative));
  if (path === undefined) session.warn('DISCOVERY_OUTSIDE_REPOSITORY', origin, `the Dockerfile ${quote(input.value)} is not a file inside the repository, so it is not protected`);
  else await session.addFile(path, origin);
}
