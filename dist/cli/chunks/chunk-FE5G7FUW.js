import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-K2QZ4W74.js";

// packages/cli/src/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, args, options, allowPositionals = false) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    const message = error.message.replace(/\. To specify a positional argument.*$/su, "");
    throw new UsageError("USAGE_UNKNOWN_OPTION", `${message} (see \`ringfence ${command} --help\`)`, { cause: error });
  }
}

export {
  parseCommandArgs
};
