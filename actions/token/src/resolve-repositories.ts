import { readRepository } from '@ringfence/github';
import type { GitHubApp } from '@ringfence/github';
import type { TokenInputs } from '@ringfence/runner';
import { TokenMintError, mintToken } from '@ringfence/token';
import type { MintDeps } from '@ringfence/token';
import { revokeQuietly } from './revoke-quietly.js';

/** The repositories of the request: ids for the decision, names to find the installation by. */
export interface ResolvedRepositories {
  readonly ids: readonly string[];
  readonly names: readonly string[];
}

/**
 * Resolves the `repositories` input to ids, which is what the policy matches (a name can be
 * re-registered). Without names, the job's own repository, whose id the runner gives. Other
 * names are read through the API with a token of the App that holds `metadata: read` on
 * them only, revoked once read. An owner other than the job's needs names: ringfence never
 * asks GitHub for every repository of an installation.
 */
export async function resolveRepositories(inputs: TokenInputs, app: GitHubApp, deps: MintDeps, notes: string[]): Promise<ResolvedRepositories> {
  const own = inputs.owner.toLowerCase() === inputs.repository.owner.toLowerCase();
  if (inputs.repositories.length === 0 && !own) {
    throw new TokenMintError('TOKEN_INPUT_INVALID', `input owner is ${inputs.owner}, not the job's own ${inputs.repository.owner}: name the repositories of ${inputs.owner} the token is for (input repositories)`);
  }
  const names = inputs.repositories.length > 0 ? inputs.repositories : [inputs.repository.repo];
  const ownId = (name: string) => (own && name.toLowerCase() === inputs.repository.repo.toLowerCase() ? inputs.repository.id : undefined);
  const unknown = names.filter((name) => ownId(name) === undefined);
  if (unknown.length === 0) return { ids: names.map((name) => ownId(name)!), names };
  const resolver = await mintToken({ installation: { kind: 'repository', owner: inputs.owner, repo: unknown[0]! }, repositories: { names: unknown }, permissions: { metadata: 'read' }, purpose: 'the repository name resolver' }, deps);
  try {
    const client = app.installationClient(resolver.token);
    const read = await Promise.all(unknown.map(async (name) => [name.toLowerCase(), await readRepository(client, { owner: inputs.owner, repo: name })] as const));
    const byName = new Map(read);
    return { ids: names.map((name) => ownId(name) ?? String(byName.get(name.toLowerCase())!.id)), names };
  } finally {
    await revokeQuietly(app, resolver.token, 'the repository name resolver', notes);
  }
}
