import { UsageError } from '@ringfence/core';
import type { BrokerConfig, TokenMinter } from '@ringfence/broker';

/**
 * The GitHub App minter behind `ringfence broker serve`. Minting through the App (the
 * installation access token endpoint, checked against the grant) is not wired into the
 * broker yet: refuse to start rather than run a broker that cannot mint.
 */
export function createAppMinter(config: BrokerConfig): TokenMinter {
  throw new UsageError('USAGE_INVALID_VALUE', `broker serve: minting with GitHub App ${String(config.app.id)} is not available in this version yet; \`ringfence broker config validate\` checks the configuration`);
}
