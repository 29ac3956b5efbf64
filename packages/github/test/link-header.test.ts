import { expect, test } from '@jest/globals';
import { parseLinkHeader } from '../src/link-header.js';

test('reads the next and last page numbers GitHub names', () => {
  const header = '<https://api.github.com/repositories/1/pulls/7/files?per_page=100&page=2>; rel="next", <https://api.github.com/repositories/1/pulls/7/files?per_page=100&page=30>; rel="last"';
  expect(parseLinkHeader(header)).toEqual({ next: 2, last: 30 });
});

test('ignores what it cannot read instead of guessing', () => {
  expect(parseLinkHeader(undefined)).toEqual({});
  expect(parseLinkHeader('<https://x/?page=abc>; rel="next", garbage, <https://x/?page=0>; rel="last"')).toEqual({});
  expect(parseLinkHeader('<https://x/?page=1>; rel="prev first"')).toEqual({});
});
