/**
 * Where to go after signing in. Only same-site paths: "//evil.example" and "/\evil.example" are
 * protocol-relative URLs to another host in browsers, so they are refused too. Auth.js's proxy
 * redirect sends an absolute URL; pass `host` (this request's Host) to accept one on this site.
 */
import { headers } from "next/headers";

export function safeCallbackUrl(value: unknown, { host, fallback = "/quizzes" }: { host?: string | null; fallback?: string } = {}): string {
  if (typeof value !== "string" || value.length > 2000 || /[\u0000-\u001f\\]/.test(value)) return fallback;
  if (value.startsWith("/")) return value.startsWith("//") ? fallback : value;
  if (!host) return fallback;
  try {
    const url = new URL(value);
    if ((url.protocol === "http:" || url.protocol === "https:") && url.host === host) {
      return `${url.pathname}${url.search}${url.hash}`;
    }
  } catch {
    // not a URL at all
  }
  return fallback;
}

/** The callbackUrl search param of an auth page, made safe. */
export async function callbackFromSearchParams(raw: string | string[] | undefined): Promise<string> {
  const host = (await headers()).get("host");
  return safeCallbackUrl(Array.isArray(raw) ? raw[0] : raw, { host });
}
