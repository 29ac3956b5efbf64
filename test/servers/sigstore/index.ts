export { startSigstoreServer } from './server.js';
export type { ServiceName, SigstoreRequest, SigstoreServer, SigstoreServerOptions } from './server.js';
export { assembleTrustedRoot } from './trusted-root.js';
