/**
 * Where to go after signing in: always a path on this site. "//evil.example" and "/\evil.example"
 * are protocol-relative URLs to another host in browsers, so they are refused. Auth.js's proxy
 * redirect sends an absolute URL, whose host Next may spell differently from the request's
 * ("localhost" for "127.0.0.1"), so an absolute URL is reduced to its path instead of trusted.
 */
export function safeCallbackUrl(value: unknown, fallback = "/quizzes"): string {
  if (typeof value !== "string" || value.length > 2000 || /[\u0000-\u001f\\]/.test(value)) return fallback;
  let path = value;
  if (!value.startsWith("/")) {
    try {
      const url = new URL(value);
      if (url.protocol !== "http:" && url.protocol !== "https:") return fallback;
      path = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return fallback;
    }
  }
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}

/** The callbackUrl search param of an auth page, made safe. */
export function callbackFromSearchParams(raw: string | string[] | undefined): string {
  return safeCallbackUrl(Array.isArray(raw) ? raw[0] : raw);
}
