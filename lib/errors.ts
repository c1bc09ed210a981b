/**
 * The one application error: a code a client can switch on, the HTTP status, and a message a
 * person can read. Anything else that escapes a handler is logged and answered generically.
 */
export type ErrorCode =
  | "bad_request"
  | "invalid_json"
  | "validation_failed"
  | "payload_too_large"
  | "unsupported_media_type"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "unprocessable"
  | "too_many_requests"
  | "database_unavailable"
  | "busy"
  | "internal";

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  too_many_requests: 429,
  database_unavailable: 503,
  busy: 503,
  internal: 500,
};

export type Issue = { path: string; message: string };

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    /** For a 503: when to try again (the Retry-After header); else the code's default. */
    readonly options: { retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.status = statusOf[code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

/** The 401 of every way in: no session, or one that no longer holds. */
export const signInRequired = () => new AppError("unauthorized", "Sign in to do this.");

const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EPIPE",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "08000",
  "08001",
  "08003",
  "08006",
]);

/** True when the error means the database could not be reached, not that a query was wrong. */
export function isConnectionError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && CONNECTION_ERROR_CODES.has(code)) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === "string" && /connection terminated|timeout exceeded when trying to connect|Connection terminated/i.test(message))
      return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The AppError an error is or wraps: Drizzle wraps whatever its driver throws (the admission
 * gate's `busy` included) in a DrizzleQueryError whose `cause` is the original.
 */
export function findAppError(err: unknown): AppError | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    if (e instanceof AppError) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * True when a statement timed out: the driver's own timer (pg's `query_timeout`) or the server
 * cancelling it (57014 query_canceled, from statement_timeout). During a stall these are the
 * database not answering, not a bug: answered 503, never 500.
 */
export function isQueryTimeout(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === "57014") return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === "string" && /^Query read timeout$/.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** The Postgres error code (SQLSTATE) of a driver error, looking through Drizzle's wrapper. */
export function pgErrorCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
