import { TokenExchangeError } from './errors.js';

// Plain http is accepted only where no network is crossed (a broker on the runner itself, tests).
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/u;
// Audiences other relying parties use: a token minted for one of them could be replayed here.
const SHARED_AUDIENCE = /^(?:sigstore|https:\/\/github\.com(?:\/.*)?)$/iu;

/**
 * Input `broker-url` as the base URL exchanges are posted under: `https://`, or `http://`
 * on a loopback host; no credentials, query or fragment (they would end up in logs or be
 * sent somewhere unintended). Throws TOKEN_BROKER_URL_INVALID saying what would be valid.
 */
export function parseBrokerUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch (error) {
    throw invalid(`${JSON.stringify(text.slice(0, 200))} is not a URL`, error);
  }
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) throw invalid(`http://${url.host} is not encrypted: use https:// (plain http is accepted for 127.0.0.1, [::1] and localhost only)`);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid(`the scheme ${url.protocol} is not https:`);
  if (url.username !== '' || url.password !== '') throw invalid('the URL carries credentials: the job authenticates with its OIDC ID token, never with a password in the URL');
  if (url.search !== '' || url.hash !== '') throw invalid('the URL has a query or fragment: give the broker\'s base URL, such as https://broker.example.com');
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}

/**
 * Input `audience`: required (no default could be told apart from another broker's), one
 * line, and none of the audiences other relying parties use (GitHub's default
 * `https://github.com/OWNER`, `sigstore`). Throws TOKEN_AUDIENCE_INVALID.
 */
export function checkAudience(text: string | undefined): string {
  const audience = (text ?? '').trim();
  if (audience === '') throw new TokenExchangeError('TOKEN_AUDIENCE_INVALID', 'input `audience` is required with `broker-url`: the audience the broker is configured with (its `audience:` setting)');
  if (audience.length > 256 || /[\s\p{Cc}]/u.test(audience)) throw new TokenExchangeError('TOKEN_AUDIENCE_INVALID', 'input `audience` must be one line of at most 256 characters without spaces, such as https://broker.example.com/ringfence');
  if (SHARED_AUDIENCE.test(audience)) throw new TokenExchangeError('TOKEN_AUDIENCE_INVALID', `input \`audience\` ${JSON.stringify(audience)} is one other relying parties use: tokens for it could be replayed to the broker; use the broker's own audience`);
  return audience;
}

function invalid(detail: string, cause?: unknown): TokenExchangeError {
  return new TokenExchangeError('TOKEN_BROKER_URL_INVALID', `input \`broker-url\`: ${detail}`, cause === undefined ? undefined : { cause });
}
