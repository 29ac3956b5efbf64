import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from '@ringfence/core';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `node:util` parseArgs, with its errors turned into UsageErrors that name the command's help. */
export function parseCommandArgs<O extends Options>(command: string, args: readonly string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/su, '');
    throw new UsageError('USAGE_UNKNOWN_OPTION', `${message} (see \`ringfence ${command} --help\`)`, { cause: error });
  }
}
