/**
 * Where to go after signing in. Only same-site paths: "//evil.example" and "/\evil.example" are
 * protocol-relative URLs to another host in browsers, so they are refused too.
 */
export function safeCallbackUrl(value: unknown, fallback = "/quizzes"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
