"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { outageMessage, retryDelayMs } from "@/lib/retry";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "retrying"; message: string }
  | { kind: "failed"; message: string };

const DEBOUNCE_MS = 800;

/**
 * Debounced autosave of changed answers to `PUT /api/attempts/{id}/responses`. Unsent changes
 * are merged, retried with backoff while the network or server is down, and sent with
 * `keepalive` when the page is left or the component unmounts.
 */
export function useAutosave(attemptId: string, savedAt: string | null, onSubmittedElsewhere: () => void) {
  const [status, setStatus] = useState<SaveStatus>(savedAt ? { kind: "saved", at: savedAt } : { kind: "idle" });
  const pending = useRef<Record<string, unknown>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const stopped = useRef(false);
  const failures = useRef(0);
  const url = `/api/attempts/${attemptId}/responses`;

  const schedule = useCallback((ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), ms);
  }, []);

  const flush = useCallback(async () => {
    if (inFlight.current || stopped.current) return;
    const batch = pending.current;
    if (Object.keys(batch).length === 0) return;
    pending.current = {};
    inFlight.current = true;
    setStatus({ kind: "saving" });
    let retry = false;
    let retryAfter: string | null = null;
    let code: string | undefined;
    try {
      const res = await fetch(url, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ responses: batch }),
      });
      if (res.ok) {
        const body = (await res.json()) as { savedAt?: string };
        failures.current = 0;
        setStatus({ kind: "saved", at: body.savedAt ?? new Date().toISOString() });
      } else if (res.status === 409) {
        stopped.current = true;
        setStatus({ kind: "failed", message: "This attempt has already been submitted." });
        onSubmittedElsewhere();
      } else if (res.status === 401) {
        pending.current = { ...batch, ...pending.current };
        retry = true;
        code = "unauthorized";
      } else if (res.status >= 500 || res.status === 429) {
        // 503 `busy` (the instance is saturated) or `database_unavailable`: keep the answers, wait
        // what the server asks, tell the student which it is.
        retryAfter = res.headers.get("retry-after");
        code = ((await res.json().catch(() => null)) as { error?: { code?: string } } | null)?.error?.code;
        throw new Error(`HTTP ${res.status}`);
      } else {
        // A 4xx other than the above will not improve by retrying the same answers.
        setStatus({ kind: "failed", message: "Couldn't save one of your answers. Check it and try again." });
      }
    } catch {
      pending.current = { ...batch, ...pending.current };
      retry = true;
    } finally {
      inFlight.current = false;
    }
    if (retry) {
      failures.current++;
      const wait = retryDelayMs({ attempt: failures.current, retryAfter, baseMs: 2_000 });
      const seconds = Math.ceil(wait / 1000);
      setStatus({
        kind: "retrying",
        message:
          code === "unauthorized"
            ? `Couldn't save — you seem to be signed out. Trying again in ${seconds} s…`
            : outageMessage(code, "save", seconds),
      });
      schedule(wait);
    } else if (Object.keys(pending.current).length) {
      schedule(DEBOUNCE_MS);
    }
  }, [url, schedule, onSubmittedElsewhere]);

  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const queue = useCallback(
    (questionId: string, value: unknown) => {
      if (stopped.current) return;
      pending.current[questionId] = value;
      schedule(DEBOUNCE_MS);
    },
    [schedule],
  );

  /** Stops saving for good (the attempt is being submitted with every answer anyway). */
  const stop = useCallback(() => {
    stopped.current = true;
    clearTimeout(timer.current);
  }, []);

  /** Resumes after a failed submit. */
  const resume = useCallback(() => {
    stopped.current = false;
    if (Object.keys(pending.current).length) schedule(DEBOUNCE_MS);
  }, [schedule]);

  useEffect(() => {
    const leave = () => {
      if (stopped.current || Object.keys(pending.current).length === 0) return;
      void fetch(url, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ responses: pending.current }),
        keepalive: true,
      });
      pending.current = {};
    };
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      clearTimeout(timer.current);
      // Leaving through a client-side link unmounts without a pagehide: send what is unsaved.
      leave();
    };
  }, [url]);

  return { status, queue, stop, resume };
}
