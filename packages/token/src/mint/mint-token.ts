import { describeThrown } from '@ringfence/core';
import { PERMISSION_LEVELS } from '../generated/app-permissions.js';
import { describeBroadening, findBroadening } from './check-issued-token.js';
import type { ExpectedToken } from './check-issued-token.js';
import { TokenMintError } from './errors.js';
import type { InstallationFacts, InstallationLookup, InstallationTarget, IssuedToken, TokenIssueRequest, TokenIssuer, TokenRevoker } from './ports.js';
import { hashToken, secretForms } from './secret-forms.js';

/** One token to mint: from which installation, for which repositories, with which permissions. */
export interface MintOrder {
  readonly installation: InstallationTarget;
  /** By id (decided requests) or by name (the short-lived readers that resolve ids). */
  readonly repositories: { readonly ids: readonly string[] } | { readonly names: readonly string[] };
  readonly permissions: Readonly<Record<string, string>>;
  /** What the token is for, in messages (default `the token`). */
  readonly purpose?: string;
}

/** The ports minting goes through, and where each secret is masked the moment it exists. */
export interface MintDeps {
  readonly installations: InstallationLookup;
  readonly issuer: TokenIssuer;
  readonly revoker: TokenRevoker;
  /** Hides a secret from every log (the runner's `add-mask`); called before anything else. */
  readonly mask: (secret: string) => void;
}

/** A token GitHub issued and that was checked to reach no more than asked. */
export interface MintedInstallationToken extends IssuedToken {
  readonly installationId: string;
  /** base64 SHA-256 of the token, as GitHub's audit log names it. */
  readonly hashedToken: string;
}

/**
 * Mints exactly `order`: looks the installation up, asks GitHub for the token, masks it and
 * its derived forms, then checks GitHub's answer. A token reaching more repositories or
 * permissions than asked (or whose reach or expiry cannot be read) is revoked at once and
 * TOKEN_BROADER_THAN_REQUESTED / TOKEN_ANSWER_UNVERIFIABLE thrown.
 */
export async function mintToken(order: MintOrder, deps: MintDeps): Promise<MintedInstallationToken> {
  const purpose = order.purpose ?? 'the token';
  const installation = await deps.installations.findInstallation(order.installation);
  if (installation.suspended) throw new TokenMintError('TOKEN_INSTALLATION_SUSPENDED', `the App's installation on ${installation.accountLogin} (id ${installation.id}) is suspended: an owner of ${installation.accountLogin} must unsuspend it`);
  const expected: ExpectedToken = 'ids' in order.repositories ? { repositoryIds: order.repositories.ids, permissions: order.permissions } : { repositoryNames: order.repositories.names, permissions: order.permissions };
  const request: TokenIssueRequest = 'ids' in order.repositories ? { repositoryIds: order.repositories.ids, permissions: order.permissions } : { repositoryNames: order.repositories.names, permissions: order.permissions };
  const issued = await issue(deps.issuer, installation, request);
  for (const form of secretForms(issued.token)) deps.mask(form);
  const broadening = findBroadening(expected, issued);
  if (broadening) {
    const revoked = await revokeRefused(deps.revoker, issued.token);
    throw new TokenMintError('TOKEN_BROADER_THAN_REQUESTED', `GitHub issued ${purpose} with more than was asked: ${describeBroadening(broadening)}; ${revoked}`);
  }
  if (!Number.isFinite(Date.parse(issued.expiresAt))) {
    const revoked = await revokeRefused(deps.revoker, issued.token);
    throw new TokenMintError('TOKEN_ANSWER_UNVERIFIABLE', `GitHub issued ${purpose} with an expiry that is not a date (${JSON.stringify(issued.expiresAt.slice(0, 40))}); ${revoked}`);
  }
  return { ...issued, installationId: installation.id, hashedToken: hashToken(issued.token) };
}

// GitHub answers 422 when the installation lacks a permission; say which, from the lookup.
async function issue(issuer: TokenIssuer, installation: InstallationFacts, request: TokenIssueRequest): Promise<IssuedToken> {
  try {
    return await issuer.issueToken(installation.id, request);
  } catch (error) {
    const missing = Object.entries(request.permissions).filter(([name, level]) => !grants(installation.permissions[name], level));
    if (missing.length === 0) throw error;
    const wanted = missing.map(([name, level]) => `${name}: ${level}`).join(', ');
    throw new TokenMintError('TOKEN_INSTALLATION_LACKS_PERMISSION', `${describeThrown(error)}; the App's installation on ${installation.accountLogin} does not grant ${wanted}: add it to the App's permissions and have the installation accept the change`, { cause: error });
  }
}

function grants(held: string | undefined, level: string): boolean {
  const rank = (l: string | undefined) => (l === undefined ? -1 : (PERMISSION_LEVELS as readonly string[]).indexOf(l));
  return held !== undefined && rank(level) >= 0 && rank(held) >= rank(level);
}

async function revokeRefused(revoker: TokenRevoker, token: string): Promise<string> {
  try {
    const outcome = await revoker.revokeToken(token);
    return outcome === 'revoked' ? 'it was revoked at once' : 'GitHub no longer accepts it';
  } catch (error) {
    return `revoking it failed (${describeThrown(error)}): it stays valid until it expires, within the hour`;
  }
}
