import { PRESETS, findPreset } from './presets/index.js';
import { CI_PRESETS, POLICY_PATHS, defaultRings } from './default-policy.js';
import { DISCOVERED_PRESET } from './schema/policy-schema.js';
import type { CompiledPolicy, PolicyDocument, PrincipalSet, Ring, RingDocument, RingRule, TrustedSet } from './types.js';
import { foldCase } from './validate-glob.js';

const BUILD_PRESETS = PRESETS.map((p) => p.name).filter((name) => !(CI_PRESETS as readonly string[]).includes(name));
const POLICY_FILE_RULES: readonly RingRule[] = POLICY_PATHS.map((glob) => ({ glob, origin: { kind: 'policy-file' } }));

/**
 * Applies defaults and ring semantics (DESIGN.md "Ring semantics") to a validated document:
 * the repository's rings as written, then the built-in ones with `extends: default`; the
 * policy file always in the first ring. Assumes `checkPolicySemantics` passed.
 */
export function compilePolicy(document: PolicyDocument, file: string | undefined): CompiledPolicy {
  const extendsMode = document.extends ?? 'default';
  const trusted = compileTrusted(document);
  const written = document.rings ?? [];
  const ringDocuments = extendsMode === 'default' ? [...written, ...defaultRings(BUILD_PRESETS)] : written;
  const rings = ringDocuments.map((ring, index) => compileRing(ring, index, trusted, index >= written.length));
  const withPolicyFile = protectPolicyFile(rings, trusted);
  return { file, extends: extendsMode, trusted, rings: withPolicyFile, discoveredRing: findDiscoveredRing(ringDocuments) };
}

/** The built-in default policy, used when a repository has no policy file. */
export function defaultPolicy(): CompiledPolicy {
  return compilePolicy({ version: 1 }, undefined);
}

function trustedApprovers(trusted: TrustedSet): PrincipalSet {
  return { permission: trusted.permission, users: trusted.users, teams: trusted.teams, isTrustedSet: true };
}

function compileTrusted(document: PolicyDocument): TrustedSet {
  const trusted = document.trusted ?? {};
  return {
    isTrustedSet: true,
    permission: trusted.permission ?? 'write',
    users: trusted.users ?? [],
    teams: trusted.teams ?? [],
    bots: (trusted.bots ?? []).map((bot) => (typeof bot === 'string' ? { login: bot, paths: undefined } : { login: bot.login, paths: bot.paths })),
  };
}

function compileRing(ring: RingDocument, index: number, trusted: TrustedSet, builtin: boolean): Ring {
  const pathRules: RingRule[] = (ring.paths ?? []).map((glob, i) => ({ glob: foldCase(glob), origin: { kind: 'path', pointer: `/rings/${index}/paths/${i}` } }));
  const presetRules: RingRule[] = (ring.presets ?? []).flatMap((name) =>
    (findPreset(name)?.entries ?? []).map((entry) => ({ glob: entry.glob, origin: { kind: 'preset', preset: name, why: entry.why } as const })),
  );
  return { name: ring.name, description: ring.description, rules: [...pathRules, ...presetRules], approvals: ring.approvals ?? 1, approvers: compileApprovers(ring, trusted), builtin };
}

// A ring's approvers default to the trusted set; naming any approver replaces the default.
function compileApprovers(ring: RingDocument, trusted: TrustedSet): PrincipalSet {
  const approvers = ring.approvers;
  if (!approvers) return trustedApprovers(trusted);
  return { permission: approvers.permission, users: approvers.users ?? [], teams: approvers.teams ?? [], isTrustedSet: false };
}

// Whatever the policy says, edits to the policy itself need the tightest ring's approval.
function protectPolicyFile(rings: readonly Ring[], trusted: TrustedSet): readonly Ring[] {
  const [first, ...rest] = rings;
  if (first) return [{ ...first, rules: [...POLICY_FILE_RULES, ...first.rules] }, ...rest];
  return [{ name: 'ringfence-policy', description: 'The policy file (no ring was defined).', rules: POLICY_FILE_RULES, approvals: 1, approvers: trustedApprovers(trusted), builtin: true }];
}

// Discovered files join the ring naming `discovered`, else the one with `github-actions`, else the first.
function findDiscoveredRing(rings: readonly RingDocument[]): number {
  const named = rings.findIndex((r) => r.presets?.includes(DISCOVERED_PRESET));
  if (named !== -1) return named;
  const actions = rings.findIndex((r) => r.presets?.includes('github-actions'));
  return actions === -1 ? 0 : actions;
}

/** The policy with files found by discovery added, as exact paths, to the discovered ring. */
export function withDiscoveredFiles(policy: CompiledPolicy, files: readonly { path: string; from: string }[]): CompiledPolicy {
  if (files.length === 0) return policy;
  const extra: RingRule[] = files.map((f) => ({ glob: escapeGlob(foldCase(f.path)), origin: { kind: 'discovered', from: f.from } }));
  const rings = policy.rings.map((ring, index) => (index === policy.discoveredRing ? { ...ring, rules: [...ring.rules, ...extra] } : ring));
  return { ...policy, rings };
}

// Discovered paths are literal file names; escape glob syntax so they match only themselves.
function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@\\"|$]/gu, (ch) => `\\${ch}`);
}
