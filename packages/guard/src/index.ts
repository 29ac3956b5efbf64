export { FileMode } from './changes.js';
export type { ChangeKind, FileChange, BaseSymlink, ChangeSet, ChangeRange } from './changes.js';
export type { ChangeSource, BaseFileReader } from './ports.js';
export { decide } from './decide.js';
export type { GuardInput, PolicySource } from './decide.js';
export { qualifies, isMaintainer, isBotLogin } from './principals.js';
export type { PrincipalFacts } from './principals.js';
export { resolveLinkTarget } from './resolve-link.js';
export type { GuardVerdict, GuardDetail, RingReport, TouchedPath, TouchedVia } from './verdict.js';
