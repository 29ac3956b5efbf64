import * as core from '@actions/core';
import { UsageError } from '@ringfence/core';

/** An input's trimmed value, or undefined when it is empty. */
export function optionalInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

/** A required input; a clear usage error names it when it is missing. */
export function requiredInput(name: string): string {
  const value = optionalInput(name);
  if (value === undefined) throw new UsageError('USAGE_MISSING_ARGUMENT', `input \`${name}\` is required`);
  return value;
}

/** A secret input, masked in the log the moment it is read. */
export function secretInput(name: string): string | undefined {
  const value = optionalInput(name);
  if (value !== undefined) core.setSecret(value);
  return value;
}

/** One of `allowed`, or a usage error listing them. */
export function choiceInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = optionalInput(name) ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError('USAGE_INVALID_VALUE', `input \`${name}\` must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`);
  }
  return value as T;
}

/** `true` or `false` (YAML 1.2 core schema spellings), else a usage error. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const value = optionalInput(name);
  if (value === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError('USAGE_INVALID_VALUE', `input \`${name}\` must be true or false, not ${JSON.stringify(value)}`);
}
