import { readFile } from 'node:fs/promises';
import { UsageError } from '@ringfence/core';
import type { BrokerConfig, TokenMinter } from '@ringfence/broker';
import { GitHubApp, GitHubAppMinter } from '@ringfence/github';
import { createAppJwtSigner } from '@ringfence/token';
import type { AppKeySigner } from '@ringfence/token';

/**
 * The GitHub App minter behind `ringfence broker serve`: the App key from the file or the
 * environment variable the config names (never from the config itself), JWTs signed on
 * demand, installation tokens for exactly the grant. The API root is GITHUB_API_URL (GHES).
 * A deployment whose key lives in a KMS composes this with its own `keySigner` instead.
 */
export async function createAppMinter(config: BrokerConfig, options: { keySigner?: AppKeySigner } = {}): Promise<TokenMinter> {
  return new GitHubAppMinter(await createBrokerApp(config, options));
}

/** The broker's GitHub App: the key the config names, the API root from GITHUB_API_URL. */
export async function createBrokerApp(config: BrokerConfig, options: { keySigner?: AppKeySigner } = {}): Promise<GitHubApp> {
  const jwt = createAppJwtSigner({ issuer: { appId: config.app.id }, privateKey: options.keySigner ?? (await readPem(config)) });
  return new GitHubApp({ jwt, baseUrl: process.env['GITHUB_API_URL'] ?? 'https://api.github.com' });
}

async function readPem(config: BrokerConfig): Promise<string> {
  const source = config.app.privateKey;
  const pem = source.kind === 'file' ? await readFile(source.path, 'utf8').catch((error: unknown) => Promise.reject(new UsageError('USAGE_INVALID_VALUE', `cannot read the App private key file ${source.path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`))) : process.env[source.name];
  if (!pem) throw new UsageError('USAGE_MISSING_ARGUMENT', `the App private key is not set (${source.kind === 'env' ? `environment variable ${source.name}` : source.path})`);
  return pem;
}
