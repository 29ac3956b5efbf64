import type { Permission, PrincipalSet, TrustedSet } from '@ringfence/policy';

/**
 * What is known about a person or bot, gathered from a source the contributor cannot
 * influence (the GitHub API, or a maintainer's own assertion in local mode).
 */
export interface PrincipalFacts {
  readonly login: string;
  /** Their role on the repository, when known. */
  readonly permission?: Permission | undefined;
  /** `org/slug` of teams they are an active member of. */
  readonly teams: readonly string[];
  readonly isBot: boolean;
}

const RANK: Record<Permission, number> = { write: 1, maintain: 2, admin: 3 };

const sameLogin = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** True when the facts satisfy a principal set: a named user, a team, or a role at least as high. */
export function qualifies(facts: PrincipalFacts, set: PrincipalSet): boolean {
  if (set.users.some((user) => sameLogin(user, facts.login))) return true;
  // Bots qualify only by name: a bot's repository role says nothing about who controls it.
  if (facts.isBot) return false;
  if (set.teams.some((team) => facts.teams.some((t) => t.toLowerCase() === team.toLowerCase()))) return true;
  return set.permission !== undefined && facts.permission !== undefined && RANK[facts.permission] >= RANK[set.permission];
}

/**
 * Whether the author of a change is a maintainer under one trusted set. Bots are external
 * unless listed, and a bot listed with paths is trusted only when every path it touches
 * lies within them (`inBotPaths` answers that for the change at hand).
 */
export function isMaintainer(facts: PrincipalFacts, trusted: TrustedSet, inBotPaths: (globs: readonly string[]) => boolean): boolean {
  if (facts.isBot) {
    const bot = trusted.bots.find((b) => sameLogin(b.login, facts.login));
    if (!bot) return false;
    return bot.paths === undefined || inBotPaths(bot.paths);
  }
  return qualifies(facts, trusted);
}

/** True for the logins GitHub gives to Apps (`name[bot]`). */
export function isBotLogin(login: string): boolean {
  return /\[bot\]$/u.test(login);
}
