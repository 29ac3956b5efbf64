import type { LocatedDocument } from '@ringfence/policy';
import type { BrokerConfigErrorCode, BrokerConfigProblem } from '../errors.js';
import type { BrokerConfigDocument } from './types.js';

// Audiences other relying parties ask GitHub for: a token minted for them must never work here.
const FOREIGN_AUDIENCES = ['sigstore', 'sts.amazonaws.com', 'api://AzureADTokenExchange'];
// GitHub's default audience is the owner's URL: any job of that owner can mint it for any use.
const DEFAULT_AUDIENCE = /^https:\/\/(?:github\.com|[a-z0-9-]+\.ghe\.com)(?:\/|$)/iu;
const GOOGLE_AUDIENCE = /^(?:https:)?\/\/iam\.googleapis\.com\//iu;

/** What schema validation cannot say about a configuration: located problems, empty when none. */
export function checkConfig(config: BrokerConfigDocument, document: LocatedDocument, file: string): BrokerConfigProblem[] {
  const at = (code: BrokerConfigErrorCode, pointer: string, message: string, expected: string): BrokerConfigProblem => ({ code, file, pointer, ...document.locate(pointer), message, expected });
  const problems: BrokerConfigProblem[] = [];
  if (FOREIGN_AUDIENCES.includes(config.audience) || DEFAULT_AUDIENCE.test(config.audience) || GOOGLE_AUDIENCE.test(config.audience)) {
    problems.push(at('BROKER_CONFIG_AUDIENCE_NOT_UNIQUE', '/audience', `audience ${JSON.stringify(config.audience)} is also used by other relying parties or is GitHub's default`, 'a value only this broker accepts, such as its own URL'));
  }
  config.issuers.forEach((issuer, index) => {
    if (config.issuers.findIndex((other) => other.url === issuer.url) !== index) problems.push(at('BROKER_CONFIG_DUPLICATE_ISSUER', `/issuers/${index}/url`, `issuer ${issuer.url} is listed twice`, 'each issuer once, with all its owner ids'));
  });
  const { private_key_file: keyFile, private_key_env: keyEnv } = config.app;
  if ((keyFile === undefined) === (keyEnv === undefined)) problems.push(at('BROKER_CONFIG_APP_KEY', '/app', keyFile === undefined ? 'no source for the App private key' : 'two sources for the App private key', 'exactly one of private_key_file and private_key_env'));
  const audit = config.stores.audit;
  if ((audit.kind === 'file') !== (audit.path !== undefined)) problems.push(at('BROKER_CONFIG_AUDIT_PATH', '/stores/audit', audit.kind === 'file' ? 'an audit log of kind file needs a path' : 'an in-memory audit log has no path', 'kind: file with a path, or kind: memory alone'));
  problems.push(...checkStores(config, at));
  problems.push(...checkPolicySource(config.policy, at));
  return problems;
}

// The policy comes from exactly one place; settings of the other place would be silently
// ignored, so they are mistakes.
function checkPolicySource(policy: BrokerConfigDocument['policy'], at: At): BrokerConfigProblem[] {
  const expected = 'file (with default_branch), or repository with path (and ref, max_stale_seconds)';
  if ((policy.file === undefined) === (policy.repository === undefined)) return [at('BROKER_CONFIG_POLICY_SOURCE', '/policy', policy.file === undefined ? 'the policy names no source' : 'the policy names two sources, a file and a repository', `exactly one of ${expected}`)];
  if (policy.file !== undefined) {
    const misplaced = (['path', 'ref', 'max_stale_seconds'] as const).filter((name) => policy[name] !== undefined);
    return misplaced.map((name) => at('BROKER_CONFIG_POLICY_SOURCE', `/policy/${name}`, `policy.${name} applies to a policy repository, not to policy.file`, expected));
  }
  const problems: BrokerConfigProblem[] = [];
  if (policy.path === undefined) problems.push(at('BROKER_CONFIG_POLICY_SOURCE', '/policy/repository', 'a policy repository needs the path of the org policy file in it', 'policy.path, such as ringfence/org.yml'));
  if (policy.default_branch !== undefined) problems.push(at('BROKER_CONFIG_POLICY_SOURCE', '/policy/default_branch', 'policy.default_branch applies to policy.file only: GitHub names the default branch of the repository', expected));
  return problems;
}

type At = (code: BrokerConfigErrorCode, pointer: string, message: string, expected: string) => BrokerConfigProblem;

// A store in Redis needs the redis section, and a redis section no store uses is a mistake
// that would leave the replay cache per instance while the operator believes it shared.
function checkStores(config: BrokerConfigDocument, at: At): BrokerConfigProblem[] {
  const problems: BrokerConfigProblem[] = [];
  const { replay, rate_limit: rateLimit } = config.stores;
  const inRedis = [['replay', replay?.kind], ['rate_limit', rateLimit?.kind]].filter(([, kind]) => kind === 'redis').map(([name]) => name!);
  if (inRedis.length > 0 && config.redis === undefined) problems.push(at('BROKER_CONFIG_REDIS', `/stores/${inRedis[0]}/kind`, `stores.${inRedis[0]} is kept in Redis but there is no redis section`, 'a redis section with url (and password_env), or kind: memory'));
  if (inRedis.length === 0 && config.redis !== undefined) problems.push(at('BROKER_CONFIG_REDIS', '/redis', 'a redis section that no store uses', 'stores.replay.kind: redis (and stores.rate_limit.kind: redis) to share them, or no redis section'));
  if (replay?.kind === 'redis' && replay.max_entries !== undefined) problems.push(at('BROKER_CONFIG_REDIS', '/stores/replay/max_entries', 'max_entries bounds the in-memory replay cache only', 'no max_entries with kind: redis (keys expire on their own)'));
  return problems;
}
