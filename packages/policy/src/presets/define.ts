import type { Preset } from './preset.js';

/** A preset whose name is a string literal type, so the list of names can be derived from the presets. */
export type NamedPreset<N extends string> = Preset & { readonly name: N };

/**
 * Declares a built-in preset. Keeps the name's literal type and freezes the preset and its entries,
 * so no caller can widen a built-in preset at run time.
 */
export function definePreset<const N extends string>(preset: NamedPreset<N>): NamedPreset<N> {
  const entries = Object.freeze(preset.entries.map((entry) => Object.freeze({ glob: entry.glob, why: entry.why })));
  return Object.freeze({ name: preset.name, summary: preset.summary, entries });
}
