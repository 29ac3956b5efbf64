import type { TokenRequest } from '@ringfence/token';
import type { Job, Step } from '@ringfence/workflow';

/** A step of the job that runs the ringfence token action, by itself or through the root action. */
export function isTokenStep(step: Step): boolean {
  const uses = step.uses?.value.split('@')[0]?.toLowerCase() ?? '';
  if (/(?:^|\/)ringfence\/actions\/token$|^\.\/actions\/token$/u.test(uses)) return true;
  return /(?:^|\/)ringfence$|^\.\/?$/u.test(uses) && step.with['control']?.value === 'token';
}

/** The token steps of a job, for choosing one (`--step`) or listing them. */
export function tokenSteps(job: Job): Step[] {
  return job.steps.filter(isTokenStep);
}

/** What the job's own repository is called and numbered, to turn `repositories` into ids. */
export interface OwnRepository {
  readonly name: string | undefined;
  readonly id: string | undefined;
}

const ID = /^[1-9][0-9]{0,19}$/u;

/**
 * The request a token step makes: its `permission-*` inputs and its `repositories` as ids
 * (as the policy matches them). An input holding an expression, or a repository name other
 * than the job's own, cannot be known offline: the answer says which and where.
 */
export function readTokenRequest(step: Step, own: OwnRepository): { readonly request: TokenRequest } | { readonly cannot: string } {
  const permissions: Record<string, string> = {};
  for (const [input, value] of Object.entries(step.with)) {
    if (!/^permission[-_]/u.test(input)) continue;
    if (value.value.includes('${{')) return { cannot: `input ${input} is an expression (${value.value}, line ${value.line}) that cannot be evaluated offline` };
    if (value.value.trim() !== '') permissions[input.slice('permission-'.length).replace(/-/gu, '_')] = value.value.trim();
  }
  const written = step.with['repositories'];
  if (written === undefined || written.value.trim() === '') return { request: { permissions } };
  if (written.value.includes('${{')) return { cannot: `input repositories is an expression (${written.value}, line ${written.line}) that cannot be evaluated offline` };
  const ids: string[] = [];
  for (const entry of written.value.split(/[\n,]/u).map((e) => e.trim()).filter((e) => e !== '')) {
    if (ID.test(entry)) ids.push(entry);
    else if (own.name !== undefined && entry.toLowerCase() === own.name.toLowerCase() && own.id !== undefined) ids.push(own.id);
    else return { cannot: `input repositories names ${JSON.stringify(entry)} (line ${written.line}): the policy matches ids, and a name cannot be resolved offline${own.id === undefined ? ' (give --repository and --repository-id for the job\'s own)' : ''}; give ids, or --request FILE` };
  }
  return { request: { repositories: [...new Set(ids)], permissions } };
}
