import { escapeUntrusted } from '@ringfence/core';
import type { Step } from '@ringfence/workflow';

/** One place on the way from a workflow to a discovered file. */
export interface OriginLink {
  readonly file: string;
  readonly line?: number;
  readonly job?: string;
  /** The step, already labelled (see labelStep). */
  readonly step?: string;
  /** What in the file (`scripts.build`). */
  readonly detail?: string;
}

/** The chain of links that led to a file, outermost (a workflow) first. */
export type Origin = readonly OriginLink[];

/** `'Run tests'` for a named step, else its 1-based position. */
export function labelStep(step: Step): string {
  return step.name === undefined ? String(step.index + 1) : `'${escapeUntrusted(step.name)}'`;
}

/**
 * `.github/workflows/ci.yml:14 (job build, step 'Run tests') via tools/setup/action.yml:9 (step 2)`:
 * where a file was found, starting from the workflow that runs it.
 */
export function formatOrigin(origin: Origin): string {
  return origin.map(formatLink).join(' via ');
}

function formatLink(link: OriginLink): string {
  const where = `${escapeUntrusted(link.file)}${link.line ? `:${link.line}` : ''}`;
  const parts = [link.job !== undefined && `job ${escapeUntrusted(link.job)}`, link.step !== undefined && `step ${link.step}`, link.detail].filter(
    (part): part is string => typeof part === 'string',
  );
  return parts.length === 0 ? where : `${where} (${parts.join(', ')})`;
}

/** Text from a file, quoted for a message, with control characters shown as escapes. */
export function quote(text: string): string {
  return `"${escapeUntrusted(text)}"`;
}
