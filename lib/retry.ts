/**
 * When to try a request again after the server said "not now": 503 `busy` (this instance is
 * saturated) or `database_unavailable`, or no answer at all. Pure, shared by the taking page's
 * autosave and submit.
 */

/** The error codes worth retrying unchanged: the request was fine, the server could not take it. */
export const RETRYABLE_CODES = new Set(["busy", "database_unavailable"]);

export function isRetryable(status: number, code: string | undefined): boolean {
  return status === 503 || status === 429 || (status >= 500 && code !== undefined && RETRYABLE_CODES.has(code));
}

/** Tries of a request that failed for any other retryable reason (an outage, no answer) before giving up. */
export const OUTAGE_TRIES = 7;

/**
 * Whether to try again after try number `attempt` failed with `code` (undefined: no answer).
 * `busy` is kept trying for as long as it takes: the server is up and serving others in turn,
 * and the student's answers are on the page. An outage gives up after OUTAGE_TRIES (~1 minute
 * of backoff) and hands the decision back to the student.
 */
export function keepTrying({ attempt, code }: { attempt: number; code: string | undefined }): boolean {
  return code === "busy" || attempt < OUTAGE_TRIES;
}

/**
 * Milliseconds to wait before try number `attempt` (1 = the first retry): the server's
 * Retry-After when it gave one, else exponential from `baseMs`, capped, with ±50% jitter so a
 * classroom of clients does not come back in the same instant.
 */
export function retryDelayMs({
  attempt,
  retryAfter,
  baseMs = 1_000,
  maxMs = 30_000,
  random = Math.random,
}: {
  attempt: number;
  retryAfter?: string | null;
  baseMs?: number;
  maxMs?: number;
  random?: () => number;
}): number {
  const seconds = retryAfter ? Number(retryAfter) : NaN;
  const wanted = Number.isFinite(seconds) && seconds > 0 ? Math.max(seconds * 1000, baseMs * 2 ** (attempt - 1) / 2) : baseMs * 2 ** (attempt - 1);
  return Math.round(Math.min(maxMs, wanted) * (0.5 + random()));
}

/** What to tell the student while a save or submit waits to be retried. */
export function outageMessage(code: string | undefined, what: "save" | "submit", inSeconds: number): string {
  const when = `Trying again in ${inSeconds} s`;
  if (code === "busy") {
    return what === "submit"
      ? `The server is busy with many students at once. Your answers are safe here. ${when}…`
      : `The server is busy — your answers are kept on this page. ${when}…`;
  }
  if (code === "database_unavailable") {
    return what === "submit"
      ? `The server can't reach its database right now. Your answers are safe here. ${when}…`
      : `Couldn't save — the server can't reach its database. Your answers are kept on this page. ${when}…`;
  }
  return what === "submit"
    ? `Couldn't reach the server. Your answers are safe here. ${when}…`
    : `Couldn't save — check your connection. Your answers are kept on this page. ${when}…`;
}
