export { startOidcIssuer } from './issuer.js';
export type { MintOptions, OidcIssuer, OidcIssuerOptions } from './issuer.js';
export type { RotateOptions } from './key-ring.js';
export { githubActionsClaims } from './github-claims.js';
