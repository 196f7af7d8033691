// A minimal browser for driving the provider over HTTP in tests: it asks for
// HTML, keeps the provider's cookies (by name, dropping cleared ones), never
// follows redirects on its own, and posts forms URL-encoded.

export class IdpBrowser {
  readonly #cookies = new Map<string, string>();

  get cookieNames(): string[] {
    return [...this.#cookies.keys()];
  }

  async get(url: URL | string): Promise<Response> {
    return this.#send(url, { method: 'GET' });
  }

  async postForm(
    url: URL | string,
    fields: Record<string, string>,
    contentType = 'application/x-www-form-urlencoded',
  ): Promise<Response> {
    return this.#send(url, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new URLSearchParams(fields).toString(),
    });
  }

  async #send(url: URL | string, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('accept', 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8');
    const cookie = [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (cookie !== '') {
      headers.set('cookie', cookie);
    }

    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.#store(response);
    return response;
  }

  #store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) =>
        /^\s*expires=Thu, 01 Jan 1970/i.test(attribute),
      );

      if (value === '' || expired) {
        this.#cookies.delete(name);
      } else {
        this.#cookies.set(name, value);
      }
    }
  }
}

/** The Location of a redirect, resolved against the request URL. */
export function locationOf(response: Response, requestUrl: URL | string): URL {
  const location = response.headers.get('location');
  if (location === null) {
    throw new Error(`expected a redirect from ${String(requestUrl)}, got ${response.status}`);
  }
  return new URL(location, requestUrl);
}

/** The action of the first form of a page, resolved against the page URL. */
export function formActionOf(html: string, pageUrl: URL | string): URL {
  const match = /<form[^>]*\saction="([^"]+)"/.exec(html);
  if (match?.[1] === undefined) {
    throw new Error('the page has no form with an action');
  }
  return new URL(match[1].replaceAll('&amp;', '&'), pageUrl);
}

/** The value of a hidden input by name. */
export function hiddenInputOf(html: string, name: string): string {
  const match = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(html);
  if (match?.[1] === undefined) {
    throw new Error(`the page has no hidden input ${name}`);
  }
  return match[1];
}
