export { startTufRepository } from './server.js';
export type { TufRepository, TufRepositoryOptions } from './server.js';
