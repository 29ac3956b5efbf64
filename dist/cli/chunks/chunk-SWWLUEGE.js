import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);

// packages/cli/src/version.ts
var VERSION = "0.1.0";

export {
  VERSION
};
