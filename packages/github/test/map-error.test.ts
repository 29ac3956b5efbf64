import { expect, test } from '@jest/globals';
import { RequestError } from '@octokit/request-error';
import { GitHubError } from '../src/errors.js';
import { toGitHubError } from '../src/map-error.js';

const request = { method: 'GET', url: 'https://api.github.com/x', headers: { authorization: 'token ghs_abcdefghijklmnopqrstuvwxyz0123' } } as never;
const failed = (status: number, message = 'nope', headers: Record<string, string> = {}) => new RequestError(message, status, { request, response: { status, url: '', headers, data: {} } });

test.each([
  [failed(401), 'GITHUB_UNAUTHORIZED'],
  [failed(404), 'GITHUB_NOT_FOUND'],
  [failed(403), 'GITHUB_FORBIDDEN'],
  [failed(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }), 'GITHUB_RATE_LIMITED'],
  [failed(403, 'You have exceeded a secondary rate limit'), 'GITHUB_RATE_LIMITED'],
  [failed(429), 'GITHUB_RATE_LIMITED'],
  [failed(502), 'GITHUB_HTTP_ERROR'],
  [new TypeError('fetch failed'), 'GITHUB_HTTP_ERROR'],
  ['a string', 'GITHUB_HTTP_ERROR'],
])('%p is %s', (thrown, code) => {
  const error = toGitHubError(thrown, 'GET /x', 'the x of y');
  expect(error).toBeInstanceOf(GitHubError);
  expect({ code: error.code, route: error.route, operation: error.operation }).toEqual({ code, route: 'GET /x', operation: 'the x of y' });
  expect(error.message.startsWith('the x of y (GET /x): ')).toBe(true);
});

test('our own errors keep their code and gain the route; a timeout behind a RequestError is a timeout', () => {
  const timeout = new RequestError('slow', 504, { request, cause: new GitHubError('GITHUB_TIMEOUT', 'no answer') });
  expect(toGitHubError(timeout, 'GET /x', 'x')).toMatchObject({ code: 'GITHUB_TIMEOUT', message: 'x (GET /x): no answer' });
  expect(toGitHubError(new GitHubError('GITHUB_BAD_RESPONSE', 'not json'), 'GET /x', 'x').code).toBe('GITHUB_BAD_RESPONSE');
});

test('a token in a message never survives', () => {
  expect(toGitHubError(failed(500, 'echo ghs_abcdefghijklmnopqrstuvwxyz0123'), 'GET /x', 'x').message).not.toContain('ghs_abcdefghijklmnopqrstuvwxyz0123');
});
