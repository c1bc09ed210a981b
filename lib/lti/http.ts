/**
 * Plumbing for the LTI endpoints. They are reached by cross-site form POSTs from the LMS, which
 * lib/http.ts's route() refuses by design, so they validate and answer errors here: 4xx with a
 * code naming the failed check, as JSON, or as a short page when a browser asks for HTML (a
 * teacher looking at the LMS iframe should read a sentence, not JSON).
 */
import "server-only";
import { NextResponse } from "next/server";
import { errorResponse, readCapped } from "@/lib/http";
import { API_CSP } from "@/lib/security-headers";
import { LtiError } from "./errors";

/** Launch forms carry one id_token (a few KB); anything much larger is not a launch. */
const MAX_FORM_BYTES = 64 * 1024;

/** The parameters of a GET query or an urlencoded form POST. */
export async function readLtiParams(request: Request): Promise<URLSearchParams> {
  if (request.method === "GET") return new URL(request.url).searchParams;
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) {
    throw new LtiError("invalid_request", "Send the parameters as an application/x-www-form-urlencoded form.");
  }
  try {
    return new URLSearchParams(await readCapped(request, MAX_FORM_BYTES));
  } catch {
    throw new LtiError("invalid_request", `The form is larger than ${MAX_FORM_BYTES} bytes.`);
  }
}

/** The origin the browser used to reach us (a proxy in front says so in X-Forwarded-*). */
export function toolOrigin(request: Request): string {
  const url = new URL(request.url);
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(":", "");
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || url.host;
  return `${proto}://${host}`;
}

/** The tool's own endpoints, as registered at the platform. */
export function toolUrls(origin: string) {
  return {
    login: `${origin}/api/lti/login`,
    launch: `${origin}/api/lti/launch`,
    jwks: `${origin}/.well-known/jwks.json`,
    config: `${origin}/api/lti/config`,
    deepLinkReturn: `${origin}/api/lti/deep-link`,
  };
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A minimal standalone HTML page (these answers are outside the app's layout). */
export function htmlPage({ title, body, status = 200, csp }: { title: string; body: string; status?: number; csp?: string }) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;
  const headers: Record<string, string> = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" };
  if (csp) headers["content-security-policy"] = csp;
  return new NextResponse(html, { status, headers });
}

/** Any failure of an LTI endpoint as a response; never an HTML 500 for bad input. */
export function ltiErrorResponse(err: unknown, request: Request): Response {
  if (!(err instanceof LtiError)) return errorResponse(err);
  if ((request.headers.get("accept") ?? "").includes("text/html")) {
    return htmlPage({
      title: "Readcheck could not open",
      status: err.status,
      // Shown inside the LMS iframe; a page with nothing to click is safe for anyone to frame.
      csp: "default-src 'none'; base-uri 'none'; form-action 'none'",
      body: `<main><h1>Readcheck could not open this launch</h1><p>${escapeHtml(err.message)}</p><p>Code: <code>${err.ltiCode}</code></p></main>`,
    });
  }
  return NextResponse.json(err.toJSON(), { status: err.status, headers: { "cache-control": "no-store", "content-security-policy": API_CSP } });
}
