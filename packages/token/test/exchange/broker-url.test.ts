import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { checkAudience, parseBrokerUrl } from '../../src/exchange/broker-url.js';
import { TokenExchangeError } from '../../src/exchange/errors.js';

const code = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof TokenExchangeError ? error.code : 'not a TokenExchangeError';
  }
};

describe('parseBrokerUrl', () => {
  it.each([
    ['https://broker.acme.example', 'https://broker.acme.example/'],
    ['https://broker.acme.example/ringfence', 'https://broker.acme.example/ringfence/'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/'],
    ['http://localhost:8080/', 'http://localhost:8080/'],
    ['http://[::1]:8080', 'http://[::1]:8080/'],
  ])('takes %s as the base %s', (text, base) => {
    expect(parseBrokerUrl(text).href).toBe(base);
  });

  it.each([
    ['plain http to another host', 'http://broker.acme.example'],
    ['plain http to a host named like loopback', 'http://127.0.0.1.evil.example'],
    ['plain http to a LAN address', 'http://10.0.0.5:8080'],
    ['credentials in the URL', 'https://user:secret@broker.acme.example'],
    ['a query', 'https://broker.acme.example/?next=https://evil.example'],
    ['a fragment', 'https://broker.acme.example/#x'],
    ['another scheme', 'ftp://broker.acme.example'],
    ['a file URL', 'file:///etc/passwd'],
    ['no URL at all', 'broker.acme.example'],
    ['an empty input', ''],
  ])('refuses %s', (_, text) => {
    expect(code(() => parseBrokerUrl(text))).toBe('TOKEN_BROKER_URL_INVALID');
  });

  it('never accepts plain http off loopback, nor keeps credentials, whatever the URL', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.boolean(), (text, userinfo) => {
        const url = userinfo ? text.replace('://', '://u:p@') : text;
        let parsed: URL;
        try {
          parsed = parseBrokerUrl(url);
        } catch (error) {
          expect(error).toBeInstanceOf(TokenExchangeError);
          return;
        }
        expect(parsed.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname) || /^127\./u.test(parsed.hostname)).toBe(true);
        expect([parsed.username, parsed.password, parsed.search, parsed.hash]).toEqual(['', '', '', '']);
        expect(parsed.pathname.endsWith('/')).toBe(true);
      }),
    );
  });
});

describe('checkAudience', () => {
  it('takes the broker\'s own audience', () => expect(checkAudience(' https://broker.acme.example/ringfence ')).toBe('https://broker.acme.example/ringfence'));

  it.each([
    ['no audience', undefined],
    ['an empty audience', '  '],
    ['GitHub\'s default audience', 'https://github.com/acme'],
    ['GitHub itself', 'https://github.com'],
    ['sigstore\'s', 'sigstore'],
    ['two lines', 'https://broker.acme.example\nsigstore'],
    ['a space inside', 'broker audience'],
    ['300 characters', 'a'.repeat(300)],
  ])('refuses %s', (_, audience) => {
    expect(code(() => checkAudience(audience))).toBe('TOKEN_AUDIENCE_INVALID');
  });
});
