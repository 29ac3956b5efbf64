import { choiceInput, optionalInput, secretInput } from './inputs.js';
import { readRunnerContext } from './context.js';
import type { RunnerContext } from './context.js';
import { UsageError } from '@ringfence/core';

/** Everything the guard action reads from its step and the runner. */
export interface GuardInputs {
  readonly githubToken: string;
  readonly appToken: string | undefined;
  readonly mode: 'enforce' | 'evaluate';
  /** `owner/repo/path@ref`, parsed. */
  readonly orgPolicy: { readonly owner: string; readonly repo: string; readonly path: string; readonly ref: string } | undefined;
  readonly pullRequest: string | undefined;
  readonly ref: string | undefined;
  readonly context: RunnerContext;
}

const ORG_POLICY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/([^@]+)@(.+)$/u;

/** Reads and checks the guard action's inputs; tokens are masked as they are read. */
export function readGuardInputs(): GuardInputs {
  const githubToken = secretInput('github-token');
  if (githubToken === undefined) throw new UsageError('USAGE_MISSING_ARGUMENT', 'input `github-token` is empty: pass ${{ github.token }} (the default) or another token');
  const orgPolicy = optionalInput('org-policy');
  const parsed = orgPolicy === undefined ? undefined : ORG_POLICY.exec(orgPolicy);
  if (orgPolicy !== undefined && !parsed) throw new UsageError('USAGE_INVALID_VALUE', `input \`org-policy\` must be owner/repo/path@ref, such as acme/.github/ringfence/org.yml@main, not ${JSON.stringify(orgPolicy)}`);
  return {
    githubToken,
    appToken: secretInput('app-token'),
    mode: choiceInput('mode', ['enforce', 'evaluate'] as const, 'enforce'),
    orgPolicy: parsed ? { owner: parsed[1]!, repo: parsed[2]!, path: parsed[3]!, ref: parsed[4]! } : undefined,
    pullRequest: optionalInput('pull-request'),
    ref: process.env['GITHUB_REF'],
    context: readRunnerContext(),
  };
}
