/** An in-memory fetch for unit tests: no socket, answers from a function of the URL. */
export type Answer = { status?: number; body?: unknown; raw?: string; headers?: Record<string, string> } | 'hang';

export function memoryFetch(answer: (url: URL, init: RequestInit | undefined) => Answer): typeof globalThis.fetch & { calls: URL[] } {
  const calls: URL[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push(url);
    const a = answer(url, init);
    if (a === 'hang') {
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error)));
    }
    const body = a.raw ?? JSON.stringify(a.body ?? {});
    return new Response(a.status === 204 ? null : body, { status: a.status ?? 200, headers: { 'content-type': 'application/json; charset=utf-8', ...a.headers } });
  };
  return Object.assign(fetch, { calls });
}
