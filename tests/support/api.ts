/**
 * A small HTTP client for the integration suites: keeps cookies like a browser and signs in
 * through Auth.js's own credentials endpoint, so tests exercise the real session path.
 */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly cookies = new Map<string, string>(),
  ) {}

  /** A second jar holding a copy of this one's cookies: a stolen cookie, an old tab. */
  copy() {
    return new ApiClient(this.baseUrl, new Map(this.cookies));
  }

  /** The same browser (one cookie jar) talking to another server instance. */
  on(baseUrl: string) {
    return new ApiClient(baseUrl, this.cookies);
  }

  async request(pathname: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    let body = init.body;
    if (init.json !== undefined) {
      headers.set("content-type", "application/json");
      body = JSON.stringify(init.json);
    }
    const res = await fetch(this.baseUrl + pathname, { ...init, headers, body, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  async json<T = any>(pathname: string, init: RequestInit & { json?: unknown } = {}): Promise<{ status: number; body: T }> {
    const res = await this.request(pathname, init);
    const text = await res.text();
    let body: T;
    try {
      body = JSON.parse(text) as T;
    } catch {
      throw new Error(`${init.method ?? "GET"} ${pathname} answered ${res.status} with non-JSON: ${text.slice(0, 300)}`);
    }
    return { status: res.status, body };
  }

  /** Signs out through Auth.js's endpoint, as its sign-out page does. */
  async signOut() {
    const { body } = await this.json<{ csrfToken: string }>("/api/auth/csrf");
    await this.request("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: body.csrfToken, callbackUrl: "/" }).toString(),
    });
  }

  /** Signs in; resolves true when Auth.js issued a session cookie. */
  async signIn(email: string, password: string): Promise<boolean> {
    const { body } = await this.json<{ csrfToken: string }>("/api/auth/csrf");
    await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: body.csrfToken, email, password, callbackUrl: "/" }).toString(),
    });
    return [...this.cookies.keys()].some((k) => k.endsWith("authjs.session-token"));
  }

  get signedIn() {
    return [...this.cookies.keys()].some((k) => k.endsWith("authjs.session-token"));
  }
}
