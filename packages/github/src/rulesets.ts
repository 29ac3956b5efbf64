import type { BypassActor, Ruleset } from '@ringfence/doctor';
import { callApi } from './call.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { listUntilShortPage } from './paginate.js';
import { readRequiredChecks } from './required-checks.js';
import { GET_REPO_RULESET, LIST_REPO_RULESETS } from './routes.js';
import { Shape } from './shape.js';
import type { RepoRef } from './types.js';

/**
 * Every ruleset that applies to a repository, its own and its organisation's, in every
 * enforcement (the rules in force leave out evaluate and disabled ones), each read in full:
 * the list carries neither conditions, rules nor bypass actors.
 * Spec: repos/get-repo-rulesets, repos/get-repo-ruleset.
 */
export async function listRulesets(client: GitHubClient, repo: RepoRef): Promise<Ruleset[]> {
  const ids = await listUntilShortPage({
    client,
    route: LIST_REPO_RULESETS,
    params: { ...repo, includes_parents: true },
    operation: `rulesets of ${repo.owner}/${repo.repo}`,
    parse: (item) => item.integer('id'),
    keyOf: (id) => String(id),
  });
  return Promise.all(ids.map((id) => readRuleset(client, repo, id)));
}

/** One ruleset with its conditions, required checks and (when GitHub shows them) bypass actors. */
export async function readRuleset(client: GitHubClient, repo: RepoRef, id: number): Promise<Ruleset> {
  const operation = `ruleset ${id} of ${repo.owner}/${repo.repo}`;
  const body = Shape.of((await callApi(client, GET_REPO_RULESET, { ...repo, ruleset_id: id, includes_parents: true }, operation)).data, { route: GET_REPO_RULESET, operation });
  const refName = body.optionalObject('conditions')?.optionalObject('ref_name');
  const rules = body.raw('rules') === undefined ? [] : body.array('rules');
  return {
    id: body.integer('id'),
    name: body.string('name'),
    target: body.optionalString('target'),
    enforcement: body.string('enforcement'),
    sourceType: body.optionalString('source_type'),
    source: body.string('source'),
    includeRefs: strings(refName, 'include', operation),
    excludeRefs: strings(refName, 'exclude', operation),
    bypassActors: body.raw('bypass_actors') === undefined ? undefined : body.array('bypass_actors').map(readBypassActor),
    requiredChecks: rules.filter((rule) => rule.string('type') === 'required_status_checks').flatMap((rule) => readRequiredChecks(rule.object('parameters'), 'required_status_checks', 'integration_id')),
  };
}

function readBypassActor(actor: Shape): BypassActor {
  const id = actor.raw('actor_id');
  return { actorType: actor.string('actor_type'), actorId: id === undefined || id === null ? undefined : actor.integer('actor_id'), mode: actor.optionalString('bypass_mode') ?? 'always' };
}

// A ref-name list: absent means none; anything but a list of strings is a bad response.
function strings(shape: Shape | undefined, key: string, operation: string): string[] {
  const value = shape?.raw(key);
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  throw new GitHubError('GITHUB_BAD_RESPONSE', `${operation} (${GET_REPO_RULESET}): expected conditions.ref_name.${key} to be a list of strings, found ${JSON.stringify(value).slice(0, 60)}`, { route: GET_REPO_RULESET, operation });
}
