/**
 * Route-handler plumbing: read and validate input, answer errors as JSON. Handlers stay thin:
 * parse, check who is asking, call lib/, shape the response.
 */
import { NextResponse } from "next/server";
import type { z } from "zod";
import { admitRequest, inRequestScope } from "@/lib/db/pool";
import { AppError, findAppError, isConnectionError, isQueryTimeout, type Issue } from "@/lib/errors";
import { textProblem } from "@/lib/zod-text";

/** Bodies larger than this are refused before parsing. Generous for a pasted article. */
export const MAX_BODY_BYTES = 1_000_000;

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(body)", message: i.message }));
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what = "request body"): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    const first = issues[0];
    throw new AppError(
      "validation_failed",
      `Invalid ${what}${first ? `: ${first.path} — ${first.message}` : ""}`,
      issues,
    );
  }
  return parsed.data;
}

/** Reads a JSON body with a size cap, then validates it. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, maxBytes = MAX_BODY_BYTES) {
  const type = request.headers.get("content-type") ?? "";
  if (type && !/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new AppError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
  const raw = await readCapped(request, maxBytes);
  let value: unknown;
  try {
    value = raw.length ? JSON.parse(raw) : undefined;
  } catch {
    throw new AppError("invalid_json", "The body is not valid JSON.");
  }
  if (value === undefined) throw new AppError("invalid_json", "The body is empty; send a JSON object.");
  const bad = unstorableText(value);
  if (bad) {
    throw new AppError("validation_failed", `Invalid request body: ${bad.path} — ${bad.message}`, [bad]);
  }
  return parseWith(schema, value);
}

/**
 * The first string (or object key) in a parsed JSON value that Postgres cannot store: U+0000,
 * which text and jsonb both refuse, or a lone UTF-16 surrogate, which jsonb refuses. Fields the
 * schemas leave open (answers, z.unknown) get this check too; typed text fields also refuse these
 * in their schema (lib/zod-text.ts), for input that does not come as JSON.
 */
export function unstorableText(value: unknown, path: string[] = []): Issue | null {
  if (typeof value === "string") {
    const problem = textProblem(value);
    return problem ? { path: path.join(".") || "(body)", message: problem } : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = unstorableText(item, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return { path: [...path, key.replace(/[^\x20-\x7e]/g, "?")].join("."), message: `the key ${keyProblem}` };
      const found = unstorableText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Browsers send Origin on every cross-origin request and on same-origin POSTs, and modern ones
 * Sec-Fetch-Site on all: a cookie-carrying request that says it came from another site is
 * refused. A request with neither header is not from a browser (curl, a script), so it is not a
 * forged one — the rule Go's net/http CrossOriginProtection uses.
 */
export function assertSameOrigin(request: Request) {
  if (SAFE_METHODS.has(request.method)) return;
  const site = request.headers.get("sec-fetch-site");
  if (site) {
    if (site === "same-origin" || site === "none") return;
    throw new AppError("forbidden", "Cross-site requests are not allowed.");
  }
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" (sandboxed frames, some redirects) or garbage: not this site.
  }
  if (!host || originHost !== host.split(",")[0]!.trim()) {
    throw new AppError("forbidden", "Cross-site requests are not allowed.");
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export async function readCapped(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** Seconds a client should wait before retrying a 503 that did not say: `busy` clears fast, an outage less so. */
const retryAfter: Partial<Record<AppError["code"], string>> = { busy: "1", database_unavailable: "5" };

export function errorResponse(err: unknown): NextResponse {
  const app = findAppError(err);
  if (app) {
    const wait = app.options.retryAfterSeconds?.toString() ?? retryAfter[app.code];
    return NextResponse.json(app.toJSON(), { status: app.status, headers: wait ? { "retry-after": wait } : undefined });
  }
  if (isConnectionError(err) || isQueryTimeout(err)) {
    console.error("[api] database unavailable:", (err as Error).message);
    const e = new AppError("database_unavailable", "The database is unavailable right now. Try again in a moment.");
    return NextResponse.json(e.toJSON(), { status: e.status, headers: { "retry-after": "5" } });
  }
  console.error("[api] unexpected error:", err);
  return NextResponse.json(new AppError("internal", "Something went wrong on our side.").toJSON(), { status: 500 });
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Wraps a route handler: a saturated instance refuses it first, before any other work (503
 * `busy`, lib/db/pool.ts); cross-site writes are refused (403), every failure becomes a JSON
 * error, and nothing is cached.
 */
export function route<C>(handler: Handler<C>): Handler<C> {
  return (request, context) => inRequestScope(async () => {
    try {
      admitRequest();
      assertSameOrigin(request);
      const response = await handler(request, context);
      response.headers.set("cache-control", "no-store");
      return response;
    } catch (err) {
      // Next's own control flow (redirect(), notFound()) must pass through untouched.
      if (err && typeof err === "object" && "digest" in err && typeof err.digest === "string" && err.digest.startsWith("NEXT_"))
        throw err;
      const response = errorResponse(err);
      response.headers.set("cache-control", "no-store");
      return response;
    }
  });
}
