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
  return problems;
}
