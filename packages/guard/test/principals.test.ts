import { describe, expect, it } from '@jest/globals';
import { isBotLogin, qualifies } from '../src/principals.js';

const set = { permission: 'maintain' as const, users: ['Alice'], teams: ['acme/core'], isTrustedSet: false };

describe('qualifies', () => {
  it('by name, ignoring case', () => expect(qualifies({ login: 'alice', teams: [], isBot: false }, set)).toBe(true));
  it('by team, ignoring case', () => expect(qualifies({ login: 'x', teams: ['ACME/core'], isBot: false }, set)).toBe(true));
  it('by a role at least as high', () => expect(qualifies({ login: 'x', permission: 'admin', teams: [], isBot: false }, set)).toBe(true));
  it('not by a lower role', () => expect(qualifies({ login: 'x', permission: 'write', teams: [], isBot: false }, set)).toBe(false));
  it('not by an unknown role', () => expect(qualifies({ login: 'x', teams: [], isBot: false }, set)).toBe(false));
  it('not when the set names no role', () => expect(qualifies({ login: 'x', permission: 'admin', teams: [], isBot: false }, { ...set, permission: undefined })).toBe(false));
  it('a bot only by name', () => {
    expect(qualifies({ login: 'x[bot]', permission: 'admin', teams: ['acme/core'], isBot: true }, set)).toBe(false);
    expect(qualifies({ login: 'x[bot]', teams: [], isBot: true }, { ...set, users: ['x[bot]'] })).toBe(true);
  });
});

describe('isBotLogin', () => {
  it.each([['dependabot[bot]', true], ['renovate[bot]', true], ['bot', false], ['robot', false]])('%s is %s', (login, bot) => expect(isBotLogin(login)).toBe(bot));
});
