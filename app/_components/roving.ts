"use client";

import { useLayoutEffect, useRef } from "react";

/**
 * A roving tab stop (WAI-ARIA APG "roving tabindex"): a group of controls is one Tab stop; the
 * arrow keys, Home and End move between them. The one focused last keeps the stop, so Tab comes
 * back to where the user was. Items are the container's elements matching `selector` that are
 * not disabled; the hook re-applies tabindex after every render, so items can come and go.
 */
export function useRovingTabIndex<T extends HTMLElement>(selector: string, { vertical = false } = {}) {
  const container = useRef<T>(null);
  const current = useRef<HTMLElement | null>(null);

  const items = () =>
    [...(container.current?.querySelectorAll<HTMLElement>(selector) ?? [])].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.getAttribute("aria-disabled") !== "true",
    );

  useLayoutEffect(() => {
    const list = items();
    if (!current.current || !list.includes(current.current)) current.current = list[0] ?? null;
    for (const el of list) el.tabIndex = el === current.current ? 0 : -1;
  });

  function onFocus(event: React.FocusEvent) {
    const list = items();
    const target = list.find((el) => el === event.target);
    if (!target) return;
    current.current = target;
    for (const el of list) el.tabIndex = el === target ? 0 : -1;
  }

  function onKeyDown(event: React.KeyboardEvent) {
    const list = items();
    const at = list.findIndex((el) => el === document.activeElement);
    if (at < 0) return;
    const next = { Home: 0, End: list.length - 1 } as Record<string, number>;
    const forward = vertical ? ["ArrowDown", "ArrowRight"] : ["ArrowRight", "ArrowDown"];
    const backward = vertical ? ["ArrowUp", "ArrowLeft"] : ["ArrowLeft", "ArrowUp"];
    let to: number | undefined = next[event.key];
    if (forward.includes(event.key)) to = Math.min(list.length - 1, at + 1);
    if (backward.includes(event.key)) to = Math.max(0, at - 1);
    if (to === undefined) return;
    event.preventDefault();
    list[to]!.focus();
  }

  return { ref: container, onFocus, onKeyDown };
}
