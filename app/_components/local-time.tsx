"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * A date in the reader's own locale and time zone. The server does not know either, so it renders
 * an unambiguous UTC form and the browser replaces it once hydrated (no mismatch warning).
 */
export function LocalTime({
  iso,
  withTime = true,
  className,
}: {
  iso: string;
  withTime?: boolean;
  className?: string;
}) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  const text = inBrowser
    ? date.toLocaleString(undefined, {
        weekday: "short",
        day: "numeric",
        month: "short",
        year: date.getFullYear() === new Date().getFullYear() ? undefined : "numeric",
        ...(withTime ? { hour: "numeric", minute: "2-digit" } : {}),
      })
    : `${iso.slice(0, 10)}${withTime ? ` ${iso.slice(11, 16)} UTC` : ""}`;
  return (
    <time dateTime={iso} className={className}>
      {text}
    </time>
  );
}
