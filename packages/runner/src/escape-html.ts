import { escapeUntrusted } from '@ringfence/core';

/**
 * Text from a change (paths, logins) placed in the job summary, which GitHub renders as
 * Markdown with HTML: control characters shown as escapes, markup characters as entities.
 */
export function escapeHtml(text: string): string {
  return escapeUntrusted(text).replace(/[&<>"'`|*_[\]\\]/gu, (ch) => `&#${ch.charCodeAt(0)};`);
}
