import { isRecord } from './read-fields.js';

/**
 * The `runner_environment` claim a job's runs would carry, as far as its `runs-on` tells,
 * or why it cannot be told offline.
 */
export type RunnerEnvironment = { readonly value: 'github-hosted' | 'self-hosted' } | { readonly unknown: string };

// GitHub's hosted images are named ubuntu-*, windows-*, macos-* (larger runners too, such
// as macos-14-large or an org's ubuntu-24.04-16core): any other label is an org's own.
// https://docs.github.com/en/actions/using-github-hosted-runners/using-github-hosted-runners/about-github-hosted-runners
const HOSTED_LABEL = /^(?:ubuntu|windows|macos)-[a-z0-9][a-z0-9._-]*$/iu;

/**
 * `self-hosted` when a label says so (every self-hosted runner carries it), `github-hosted`
 * only when every label names a GitHub-hosted image; a runner group, an expression, a
 * custom label, or no `runs-on` (a reusable workflow call) leave it unknown.
 * @see https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idruns-on
 */
export function runnerEnvironmentOf(runsOn: unknown): RunnerEnvironment {
  if (runsOn === undefined || runsOn === null) return { unknown: 'the job has no runs-on (a reusable workflow call runs on whatever the called jobs say)' };
  if (isRecord(runsOn) && runsOn['group'] !== undefined) return { unknown: 'the job runs in a runner group, which may hold larger GitHub-hosted or self-hosted runners' };
  const written = isRecord(runsOn) ? runsOn['labels'] : runsOn;
  const labels: unknown[] = Array.isArray(written) ? written : [written];
  if (labels.length === 0 || !labels.every((label): label is string => typeof label === 'string')) return { unknown: 'the job\'s runs-on is not a list of labels' };
  if (labels.some((label) => label.includes('${{'))) return { unknown: `the job's runs-on is an expression (${labels.join(', ')}) that cannot be evaluated offline` };
  if (labels.some((label) => label.toLowerCase() === 'self-hosted')) return { value: 'self-hosted' };
  const custom = labels.find((label) => !HOSTED_LABEL.test(label));
  if (custom !== undefined) return { unknown: `runs-on label ${JSON.stringify(custom)} is not a GitHub-hosted image name (ubuntu-*, windows-*, macos-*), so the runner may be self-hosted` };
  return { value: 'github-hosted' };
}
