/**
 * The Content-Security-Policy of a page, built per request around a fresh nonce (proxy.ts), and
 * the one for everything else. Next.js reads the nonce from the request's CSP header and puts it
 * on its own scripts; 'strict-dynamic' lets those load the chunks they import.
 * https://nextjs.org/docs/app/guides/content-security-policy
 */
export function pageCsp(nonce: string, { dev, frameAncestors = [] }: { dev: boolean; frameAncestors?: string[] }): string {
  return [
    "default-src 'self'",
    // React's development build evaluates source maps and refreshes with eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Style attributes (a progress bar's width) cannot run script; allowing them is the usual trade.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // An LMS that launched this browser (LTI, lib/lti/framing.ts) may frame the app; nobody else.
    frameAncestors.length ? `frame-ancestors 'self' ${frameAncestors.join(" ")}` : "frame-ancestors 'none'",
  ].join("; ");
}

/** JSON, CSV and files: nothing in them should ever run or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
