import { describe, expect, it } from '@jest/globals';
import { resolveGuardTarget } from '../src/resolve-target.js';
import { webhookExample } from '../../../test/support/webhook-examples.js';

const facts = (eventName: string, payload: Record<string, any>, extra: { ref?: string; pullRequestInput?: string } = {}) => ({
  eventName,
  payload,
  repository: String(payload['repository']?.full_name ?? 'acme/app'),
  ref: extra.ref,
  pullRequestInput: extra.pullRequestInput,
});

describe('resolveGuardTarget', () => {
  it.each(['pull_request_target', 'pull_request', 'pull_request_review'])('%s judges the pull request of the payload', (event) => {
    const payload = webhookExample(event === 'pull_request_review' ? 'pull_request_review' : 'pull_request', event === 'pull_request_review' ? 'submitted' : 'opened');
    expect(resolveGuardTarget(facts(event, payload))).toEqual({ kind: 'pull-request', number: payload['pull_request'].number, event });
  });

  it('merge_group judges the range of the group', () => {
    const payload = webhookExample('merge_group');
    expect(resolveGuardTarget(facts('merge_group', payload))).toMatchObject({ kind: 'merge-group', baseSha: payload['merge_group'].base_sha, headSha: payload['merge_group'].head_sha });
  });

  it('workflow_dispatch re-checks the named pull request from the default branch', () => {
    const payload = webhookExample('workflow_dispatch');
    const ref = `refs/heads/${payload['repository'].default_branch}`;
    expect(resolveGuardTarget(facts('workflow_dispatch', payload, { ref, pullRequestInput: '42' }))).toEqual({ kind: 'pull-request', number: 42, event: 'workflow_dispatch' });
  });

  it('workflow_dispatch from another branch is refused', () => {
    const payload = webhookExample('workflow_dispatch');
    expect(resolveGuardTarget(facts('workflow_dispatch', payload, { ref: 'refs/heads/evil', pullRequestInput: '42' }))).toMatchObject({ kind: 'unsupported', reason: expect.stringContaining('default branch') });
  });

  it.each(['', 'abc', '0', '-1', '1.5'])('workflow_dispatch with pull-request %j is refused', (input) => {
    const payload = webhookExample('workflow_dispatch');
    expect(resolveGuardTarget(facts('workflow_dispatch', payload, { ref: `refs/heads/${payload['repository'].default_branch}`, pullRequestInput: input })).kind).toBe('unsupported');
  });

  it.each(['push', 'issue_comment', 'workflow_run', 'schedule'])('%s is unsupported', (event) => {
    expect(resolveGuardTarget(facts(event, { repository: { full_name: 'acme/app' } })).kind).toBe('unsupported');
  });

  it('a payload about another repository is refused', () => {
    const payload = webhookExample('pull_request', 'opened');
    expect(resolveGuardTarget({ ...facts('pull_request_target', payload), repository: 'other/repo' })).toMatchObject({ kind: 'unsupported', reason: expect.stringContaining('job runs in other/repo') });
  });

  it.each([
    ['no pull_request', {}],
    ['a string number', { pull_request: { number: '7' } }],
    ['a null payload', null],
  ])('a pull request payload with %s is refused', (_name, payload) => {
    expect(resolveGuardTarget({ eventName: 'pull_request_target', payload, repository: 'acme/app', ref: undefined, pullRequestInput: undefined }).kind).toBe('unsupported');
  });

  it('a merge_group payload without SHAs is refused', () => {
    expect(resolveGuardTarget({ eventName: 'merge_group', payload: { merge_group: { base_sha: 'x' } }, repository: 'acme/app', ref: undefined, pullRequestInput: undefined }).kind).toBe('unsupported');
  });
});
