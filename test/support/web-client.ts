/**
 * A browser without JavaScript, over plain HTTP: keeps cookies, reads a page's CSRF field and posts forms to the web
 * app's actions the way a `<form method="post">` would (redirects are not followed, so tests can read them).
 */
export type WebResponse = { status: number; headers: Headers; body: string; location: string | null };

export class WebClient {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  get origin(): string {
    return new URL(this.baseUrl).origin;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const cleared = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute)) || value === '';
      if (cleared) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<WebResponse> {
    const headers = new Headers(init.headers);
    // An empty value leaves the header out (a client that sends no Origin, for instance).
    for (const [name, value] of [...headers]) if (value === '') headers.delete(name);
    if (this.cookies.size > 0 && !headers.has('cookie')) headers.set('cookie', this.cookieHeader());
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: 'manual' });
    this.keep(response);
    return { status: response.status, headers: response.headers, body: await response.text(), location: response.headers.get('location') };
  }

  get(path: string): Promise<WebResponse> {
    return this.request(path);
  }

  /** The CSRF token the page put in its forms (after a GET, so the cookies it is bound to are kept). */
  async csrfToken(path = '/'): Promise<string> {
    const page = await this.get(path);
    const token = /name="csrf" value="([^"]+)"/.exec(page.body)?.[1];
    if (!token) throw new Error(`no CSRF field on ${path} (status ${page.status})`);
    return token;
  }

  /** Posts a urlencoded form as this site's own page would (Origin of the site unless `headers` say otherwise; '' leaves one out). */
  post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<WebResponse> {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.origin, ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /** Signs in through the sign-in form; returns the redirect's answer. */
  async signIn(person: { email: string; password: string }, extraFields: Record<string, string> = {}): Promise<WebResponse> {
    const csrf = await this.csrfToken('/masuk');
    return this.post('/masuk', { csrf, email: person.email, password: person.password, ...extraFields });
  }
}
