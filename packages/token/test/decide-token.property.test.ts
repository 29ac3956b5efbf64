import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compileRule } from '../src/compile-rule.js';
import { decideToken } from '../src/decide-token.js';
import type { TokenDecision } from '../src/decision.js';
import { covers, isWriteLevel } from '../src/permissions.js';
import type { PermissionLevel, PermissionName, PermissionSet } from '../src/permissions.js';
import type { MatchValue, RuleDocument } from '../src/section-document.js';
import { UNTRUSTED_EVENTS, listOf } from '../src/section-document.js';
import type { Claims, MatchField, TokenPolicy, TokenRequest } from '../src/types.js';
import { HOST_PROTECTED_PERMISSIONS, findWriteConfinement, grantsWrite } from '../src/write-confinement.js';

// Small pools, so that random rules, claims and requests meet often enough to grant.
const VALUES: Readonly<Partial<Record<MatchField, readonly string[]>>> = {
  repository_owner_id: ['5000', '6000'],
  repository_id: ['67890', '11111', '100001'],
  event_name: ['push', 'workflow_dispatch', 'schedule', ...UNTRUSTED_EVENTS.slice(0, 2)],
  ref: ['refs/heads/main', 'refs/heads/dev', 'refs/tags/v1'],
  environment: ['production', 'staging'],
  runner_environment: ['github-hosted', 'self-hosted'],
  job_workflow_ref: ['acme/w/.github/workflows/r.yml@refs/heads/main', 'acme/w/.github/workflows/r.yml@refs/heads/dev'],
};
const GLOBS: Readonly<Partial<Record<MatchField, readonly string[]>>> = { ref: ['refs/tags/v*', 'refs/heads/*'], environment: ['prod*'] };
const FIELDS = Object.keys(VALUES) as MatchField[];
const LEVELS: Readonly<Partial<Record<PermissionName, readonly PermissionLevel[]>>> = {
  contents: ['read', 'write'],
  issues: ['read', 'write'],
  members: ['read', 'write'],
  workflows: ['write'],
  administration: ['read', 'write'],
  repository_projects: ['read', 'write', 'admin'],
};
const REPOSITORIES = ['67890', '11111', '100001'];

const permissionSet = (minKeys: number) =>
  fc.record(Object.fromEntries(Object.entries(LEVELS).map(([name, levels]) => [name, fc.constantFrom(...levels)])) as Record<PermissionName, fc.Arbitrary<PermissionLevel>>, { requiredKeys: [] })
    .filter((set) => Object.keys(set).length >= minKeys) as fc.Arbitrary<PermissionSet>;

const matchValue = (field: MatchField): fc.Arbitrary<MatchValue> => {
  const pool = [...VALUES[field]!, ...(GLOBS[field] ?? [])];
  return fc.oneof(fc.constantFrom(...pool), fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 }));
};

const match = fc.uniqueArray(fc.constantFrom(...FIELDS), { maxLength: 4 }).chain((fields) => fc.tuple(...fields.map(matchValue)).map((values) => Object.fromEntries(fields.map((f, i) => [f, values[i]]))));

interface Generated {
  readonly match: Readonly<Partial<Record<MatchField, MatchValue>>>;
  readonly grant: { readonly repositories: readonly string[]; readonly permissions: PermissionSet };
  readonly layer: 'org' | 'repository';
}

const ruleDocument: fc.Arbitrary<Generated> = fc.record({
  match,
  grant: fc.record({ repositories: fc.uniqueArray(fc.constantFrom('self', ...REPOSITORIES), { minLength: 1, maxLength: 3 }), permissions: permissionSet(1) }),
  layer: fc.constantFrom('org' as const, 'repository' as const),
});

const MOST = Object.fromEntries(Object.entries(LEVELS).map(([name, levels]) => [name, levels.at(-1)])) as PermissionSet;

const policyInput = fc.record({
  rules: fc.array(ruleDocument, { minLength: 1, maxLength: 4 }),
  ceiling: fc.oneof({ arbitrary: fc.constant(MOST), weight: 3 }, { arbitrary: permissionSet(0), weight: 1 }),
  protectedRepositories: fc.subarray(REPOSITORIES),
});

const anyClaims = fc.record(Object.fromEntries(FIELDS.map((f) => [f, fc.constantFrom(...VALUES[f]!)])), { requiredKeys: [] }) as fc.Arbitrary<Claims>;

const anyRequest: fc.Arbitrary<TokenRequest> = fc.record({ repositories: fc.uniqueArray(fc.constantFrom(...REPOSITORIES), { minLength: 1, maxLength: 2 }), permissions: permissionSet(0) }, { requiredKeys: ['permissions'] });

// A value each glob of the pools matches, so that claims can be made to fit a rule.
const INSTANCES: Readonly<Record<string, string>> = { 'refs/tags/v*': 'refs/tags/v1', 'refs/heads/*': 'refs/heads/dev', 'prod*': 'production' };
const DEFAULTS: Readonly<Record<string, string>> = { repository_id: '67890', event_name: 'push', runner_environment: 'github-hosted' };

// Claims that meet every condition of `rule` (and its defaults), the rest left to chance.
function claimsFor(rule: Generated): fc.Arbitrary<Claims> {
  return fc.record(Object.fromEntries(FIELDS.map((field) => {
    const written = rule.match[field];
    if (written === undefined) return [field, DEFAULTS[field] === undefined ? fc.constantFrom(...VALUES[field]!) : fc.constant(DEFAULTS[field])];
    return [field, fc.constantFrom(...listOf(written).map((v) => INSTANCES[v] ?? v))];
  })));
}

// Part of what `rule` grants, at or below its levels.
function requestFor(rule: Generated): fc.Arbitrary<TokenRequest> {
  const entries = Object.entries(rule.grant.permissions) as [PermissionName, PermissionLevel][];
  const permissions = fc.subarray(entries, { minLength: 1 }).chain((chosen) => fc.tuple(...chosen.map(([name, level]) => fc.constantFrom(...LEVELS[name]!.filter((l) => covers(level, l))).map((l) => [name, l] as const))).map((pairs) => Object.fromEntries(pairs)));
  const repositories = fc.subarray(rule.grant.repositories.map((id) => (id === 'self' ? '67890' : id)), { minLength: 1 });
  return fc.record({ repositories: repositories.map((ids) => [...new Set(ids)]), permissions });
}

/** Policies with claims and requests that often fit their first rule, and sometimes not. */
const scenario = policyInput.chain((policy) =>
  fc.tuple(
    fc.constant(policy),
    fc.oneof({ arbitrary: claimsFor(policy.rules[0]!), weight: 3 }, { arbitrary: anyClaims, weight: 1 }),
    fc.oneof({ arbitrary: requestFor(policy.rules[0]!), weight: 3 }, { arbitrary: anyRequest, weight: 1 }),
    fc.option(fc.constantFrom('100001', '67890'), { nil: undefined }),
  ),
);

/** Compiled without the loader's checks: the decision must hold even for rules it would refuse. */
function build(input: { rules: readonly Generated[]; ceiling: PermissionSet; protectedRepositories: readonly string[] }): TokenPolicy {
  const protectedRefs = [{ text: 'refs/heads/main', glob: false }, { text: 'refs/tags/v*', glob: true }];
  const rules = input.rules.map((generated, index) => {
    const document: RuleDocument = { name: `rule-${index}`, match: generated.match, grant: generated.grant };
    const origin = { file: 'generated.yml', pointer: `/token/rules/${index}`, line: index + 1, column: 1 };
    return compileRule(document, generated.layer === 'repository' ? { layer: 'repository', hostRepositoryId: '67890', origin, protectedRefs } : { layer: 'org', origin, protectedRefs });
  });
  return { file: 'generated.yml', ceiling: input.ceiling, protectedRefs, protectedRefsSource: 'policy', protectedRepositories: input.protectedRepositories, rules };
}

function granted(decision: TokenDecision): decision is Extract<TokenDecision, { outcome: 'granted' }> {
  return decision.outcome === 'granted';
}

const RUNS = { numRuns: 2000 };

describe('properties of the token decision', () => {
  it('grants often enough for the properties below to mean something', () => {
    const samples = fc.sample(scenario, { numRuns: 2000, seed: 1 });
    const grants = samples.filter(([p, c, r, h]) => granted(decideToken(r, { claims: c, hostRepositoryId: h }, build(p)))).length;
    expect(grants).toBeGreaterThan(100);
  });

  it('mints exactly what was requested, for the requested repositories only', () => {
    fc.assert(fc.property(scenario, ([p, c, r, h]) => {
      const decision = decideToken(r, { claims: c, hostRepositoryId: h }, build(p));
      if (!granted(decision)) return;
      expect(decision.token.permissions).toEqual(r.permissions);
      expect(decision.token.repositoryIds).toEqual(r.repositories ?? [c['repository_id']]);
    }), RUNS);
  });

  it('never grants above the ceiling or above the granting rule', () => {
    fc.assert(fc.property(scenario, ([p, c, r, h]) => {
      const policy = build(p);
      const decision = decideToken(r, { claims: c, hostRepositoryId: h }, policy);
      if (!granted(decision)) return;
      const rule = policy.rules.find((candidate) => candidate.name === decision.rule.name)!;
      for (const [name, level] of Object.entries(decision.token.permissions) as [PermissionName, PermissionLevel][]) {
        expect(covers(policy.ceiling[name], level)).toBe(true);
        expect(covers(rule.permissions[name], level)).toBe(true);
      }
    }), RUNS);
  });

  it('adding a condition to a rule\'s match never turns a refusal into a grant', () => {
    // event_name and runner_environment are left out: a rule without them still has a
    // condition (no untrusted events, GitHub-hosted runners), so writing them may widen it.
    const narrowing = FIELDS.filter((field) => field !== 'event_name' && field !== 'runner_environment');
    const extra = fc.tuple(fc.nat(), fc.constantFrom(...narrowing)).chain(([index, field]) => matchValue(field).map((value) => ({ index, field, value })));
    fc.assert(fc.property(scenario, extra, ([p, c, r, h], { index, field, value }) => {
      const i = index % p.rules.length;
      const target = p.rules[i]!;
      if (field in target.match) return;
      // A rule the loader refuses (write from any ref) is refused by the decision too; narrowing
      // it into a valid rule may then grant, which is the point of the loader's rule.
      const policy = build(p);
      if (grantsWrite(policy.rules[i]!.permissions) && findWriteConfinement(policy.rules[i]!.conditions, policy.protectedRefs) === undefined) return;
      const narrowed = { ...p, rules: p.rules.map((rule, j) => (j === i ? { ...rule, match: { ...rule.match, [field]: value } } : rule)) };
      const before = decideToken(r, { claims: c, hostRepositoryId: h }, policy);
      const after = decideToken(r, { claims: c, hostRepositoryId: h }, build(narrowed));
      if (granted(after)) expect(before.outcome).toBe('granted');
    }), RUNS);
  });

  it('never grants write to contents, workflows or administration of the host or a protected repository', () => {
    fc.assert(fc.property(scenario, ([p, c, r, h]) => {
      const decision = decideToken(r, { claims: c, hostRepositoryId: h }, build(p));
      if (!granted(decision)) return;
      const writes = HOST_PROTECTED_PERMISSIONS.some((name) => {
        const level = decision.token.permissions[name];
        return level !== undefined && isWriteLevel(level);
      });
      if (!writes) return;
      expect(h).toBeDefined();
      expect(decision.token.repositoryIds).not.toContain(h);
      for (const id of p.protectedRepositories) expect(decision.token.repositoryIds).not.toContain(id);
      // A repository rule is hosted by its own repository.
      if (decision.rule.layer === 'repository') expect(decision.token.repositoryIds).not.toContain('67890');
    }), RUNS);
  });

  it('grants to an event outsiders trigger only through a rule that names event_name', () => {
    fc.assert(fc.property(scenario, ([p, c, r, h]) => {
      const policy = build(p);
      const decision = decideToken(r, { claims: c, hostRepositoryId: h }, policy);
      if (!granted(decision) || !(UNTRUSTED_EVENTS as readonly (string | undefined)[]).includes(c['event_name'])) return;
      const rule = policy.rules.find((candidate) => candidate.name === decision.rule.name)!;
      expect(rule.conditions.some((condition) => condition.field === 'event_name' && condition.source === 'policy')).toBe(true);
    }), RUNS);
  });

  it('answers any request with a value, never an exception', () => {
    const junkRequest = fc.record({ repositories: fc.option(fc.array(fc.anything()), { nil: undefined }), permissions: fc.oneof(fc.dictionary(fc.string(), fc.anything()), fc.anything()) }) as fc.Arbitrary<TokenRequest>;
    const junkClaims = fc.dictionary(fc.constantFrom(...FIELDS, 'constructor', '__proto__'), fc.oneof(fc.string(), fc.anything())) as fc.Arbitrary<Claims>;
    const host = fc.option(fc.constantFrom('100001', '67890'), { nil: undefined });
    fc.assert(fc.property(policyInput, junkClaims, junkRequest, host, (p, c, r, h) => {
      const decision = decideToken(r, { claims: c, hostRepositoryId: h }, build(p));
      expect(['granted', 'refused']).toContain(decision.outcome);
    }), { numRuns: 1000 });
  });
});
