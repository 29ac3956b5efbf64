import { CODEOWNERS_PRESET } from './codeowners.js';
import { DOCKER_PRESET } from './docker.js';
import { DOTNET_PRESET } from './dotnet.js';
import { GIT_METADATA_PRESET } from './git-metadata.js';
import { GITHUB_ACTIONS_PRESET } from './github-actions.js';
import { GO_PRESET } from './go.js';
import { JVM_PRESET } from './jvm.js';
import { MAKE_PRESET } from './make.js';
import { NIX_PRESET } from './nix.js';
import { NPM_PRESET } from './npm.js';
import { PHP_PRESET } from './php.js';
import type { Preset } from './preset.js';
import { PYTHON_PRESET } from './python.js';
import { RINGFENCE_POLICY_PRESET } from './ringfence-policy.js';
import { RUBY_PRESET } from './ruby.js';
import { RUST_PRESET } from './rust.js';
import { TOOL_PINS_PRESET } from './tool-pins.js';

export type { Preset, PresetEntry } from './preset.js';
export {
  CODEOWNERS_PRESET,
  DOCKER_PRESET,
  DOTNET_PRESET,
  GIT_METADATA_PRESET,
  GITHUB_ACTIONS_PRESET,
  GO_PRESET,
  JVM_PRESET,
  MAKE_PRESET,
  NIX_PRESET,
  NPM_PRESET,
  PHP_PRESET,
  PYTHON_PRESET,
  RINGFENCE_POLICY_PRESET,
  RUBY_PRESET,
  RUST_PRESET,
  TOOL_PINS_PRESET,
};

/**
 * Every built-in preset, in the order they are documented and listed. The dynamic `discovered`
 * preset is not here: it depends on the repository and is computed elsewhere.
 */
export const PRESETS = Object.freeze([
  GITHUB_ACTIONS_PRESET,
  CODEOWNERS_PRESET,
  RINGFENCE_POLICY_PRESET,
  NPM_PRESET,
  PYTHON_PRESET,
  GO_PRESET,
  RUST_PRESET,
  JVM_PRESET,
  MAKE_PRESET,
  DOCKER_PRESET,
  NIX_PRESET,
  DOTNET_PRESET,
  RUBY_PRESET,
  PHP_PRESET,
  GIT_METADATA_PRESET,
  TOOL_PINS_PRESET,
] as const);

/** The name of a built-in preset. */
export type PresetName = (typeof PRESETS)[number]['name'];

/** The names of the built-in presets, in the order of {@link PRESETS}. */
export const PRESET_NAMES: readonly PresetName[] = Object.freeze(PRESETS.map((preset) => preset.name));

const BY_NAME: ReadonlyMap<string, Preset> = new Map(PRESETS.map((preset) => [preset.name, preset]));

/** Whether `name` is exactly the name of a built-in preset (names are case-sensitive). */
export function isPresetName(name: string): name is PresetName {
  return BY_NAME.has(name);
}

/** The built-in preset called exactly `name`, or `undefined` when there is none. */
export function findPreset(name: string): Preset | undefined {
  return BY_NAME.get(name);
}
