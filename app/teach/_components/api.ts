/**
 * The teacher area's one way to call the JSON API from the browser: every failure becomes an
 * ApiError with the server's message (and field issues), so forms can show it beside the field.
 */
export type ApiIssue = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type ErrorBody = { error?: { code?: unknown; message?: unknown; issues?: unknown } };

function issuesOf(value: unknown): ApiIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((i) =>
    i && typeof i === "object" && typeof i.path === "string" && typeof i.message === "string"
      ? [{ path: i.path, message: i.message }]
      : [],
  );
}

/** Sends JSON, answers the parsed JSON body (undefined for 204), throws ApiError otherwise. */
export async function callApi<T = unknown>(url: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(0, "network", "Could not reach Readcheck. Check your connection and try again.");
  }
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const err = (data as ErrorBody | undefined)?.error;
    const message =
      typeof err?.message === "string" && err.message
        ? err.message
        : response.status === 401
          ? "Your session has ended. Sign in again."
          : "Something went wrong. Try again.";
    throw new ApiError(response.status, typeof err?.code === "string" ? err.code : "http", message, issuesOf(err?.issues));
  }
  return data as T;
}

/** The message to show for anything a call threw. */
export const messageOf = (err: unknown) =>
  err instanceof ApiError ? err.message : "Something went wrong. Try again.";
