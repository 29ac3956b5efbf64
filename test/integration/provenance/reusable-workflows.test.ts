import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

/*
 * The properties the SLSA level claims of docs/provenance.md rest on, checked on the
 * shipped reusable workflows: the build job has no signing identity and no cache, only
 * digests cross to the signing job, and every action is pinned by full commit SHA.
 */
interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, string>;
}
interface Job {
  readonly permissions?: Record<string, string>;
  readonly needs?: string | string[];
  readonly steps: Step[];
  readonly environment?: string;
}
interface Workflow {
  readonly on: { workflow_call: unknown };
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

const DIR = join(import.meta.dirname, '../../../.github/workflows');
const read = (file: string): Workflow => parse(readFileSync(join(DIR, file), 'utf8')) as Workflow;
const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/u;

describe('the reusable provenance workflows', () => {
  it.each(['provenance-sign.yml', 'provenance-build.yml'])('%s is reusable, grants nothing at the top, and pins third-party actions by SHA', (file) => {
    const workflow = read(file);
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
    expect(workflow.permissions).toEqual({});
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.uses).filter((u): u is string => u !== undefined));
    // ringfence's own action follows the guard workflow's convention: @v0, replaced by the release SHA.
    expect(uses.filter((u) => !u.startsWith('ringfence/ringfence/') && !PINNED.test(u))).toEqual([]);
  });

  it('provenance-build.yml builds without id-token and without any cache, in a job apart from signing', () => {
    const { jobs } = read('provenance-build.yml');
    expect(jobs['build']!.permissions).toEqual({ contents: 'read' });
    const buildUses = jobs['build']!.steps.map((s) => s.uses ?? '');
    expect(buildUses.filter((u) => u.startsWith('actions/cache') || u.includes('setup-'))).toEqual([]);
    expect(jobs['build']!.steps.every((s) => s.with?.['cache'] === undefined)).toBe(true);
    expect(jobs['sign']!.needs).toBe('build');
    expect(jobs['sign']!.permissions).toMatchObject({ 'id-token': 'write' });
  });

  it('the signing jobs run nothing of the caller\'s and take only digests from the build', () => {
    for (const file of ['provenance-sign.yml', 'provenance-build.yml']) {
      const sign = read(file).jobs['sign']!;
      expect(sign.steps.filter((s) => s.run !== undefined || s.uses?.startsWith('actions/checkout'))).toEqual([]);
      const provenance = sign.steps.find((s) => s.uses?.startsWith('ringfence/ringfence/actions/provenance@'))!;
      expect(provenance.with?.['subjects']).toBe(file === 'provenance-build.yml' ? '${{ needs.build.outputs.subjects }}' : '${{ inputs.subjects }}');
      expect(provenance.with?.['approval-gate']).toBeUndefined();
      expect(sign.environment).toBe('${{ inputs.environment }}');
    }
  });
});
