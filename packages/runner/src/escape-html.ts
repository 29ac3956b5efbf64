import { escapeUntrusted } from '@ringfence/core';

/**
 * Text from a change (paths, logins) placed in the job summary. Every line the summary
 * writes is an HTML block, inside which GitHub does not apply Markdown, so HTML's own
 * characters are all that need entities; control characters are shown as escapes.
 */
export function escapeHtml(text: string): string {
  return escapeUntrusted(text).replace(/[&<>"']/gu, (ch) => `&#${ch.charCodeAt(0)};`);
}
