"use client";

import { useRef, useState } from "react";
import type { Choice } from "@/lib/quiz/schema";
import { buttonClass } from "../../../_components/ui";

/**
 * Ordering with Move up / Move down buttons: usable from the keyboard and by screen readers,
 * with every move announced. Focus stays on the moved item's button so moves can be repeated.
 */
export function OrderingInput({
  id,
  items,
  value,
  onChange,
}: {
  id: string;
  items: Choice[];
  /** Item ids in the student's order; empty until they touch it. */
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const [announcement, setAnnouncement] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const byId = new Map(items.map((i) => [i.id, i]));
  const valid = value.length === items.length && value.every((v) => byId.has(v));
  const order = valid ? value : items.map((i) => i.id);

  function move(index: number, delta: -1 | 1) {
    const to = index + delta;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    [next[index], next[to]] = [next[to]!, next[index]!];
    onChange(next);
    const moved = byId.get(order[index]!)!;
    setAnnouncement(`Moved “${moved.text}” to position ${to + 1} of ${order.length}.`);
    // At either end the pressed button becomes disabled; keep focus on its sibling instead.
    const atEdge = to === 0 || to === order.length - 1;
    const key = `${moved.id}:${atEdge ? (delta < 0 ? "down" : "up") : delta < 0 ? "up" : "down"}`;
    requestAnimationFrame(() => buttons.current.get(key)?.focus());
  }

  return (
    <div>
      <ol className="space-y-2" aria-describedby={`${id}-hint`}>
        {order.map((itemId, index) => {
          const item = byId.get(itemId)!;
          return (
            <li
              key={itemId}
              className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-600"
            >
              <span
                aria-hidden="true"
                className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-slate-100 text-sm font-bold dark:bg-slate-800"
              >
                {index + 1}
              </span>
              <span className="min-w-0 flex-1 basis-40" data-speak={`item:${itemId}`}>
                {item.text}
              </span>
              <span className="ml-auto flex flex-wrap gap-1">
                <button
                  type="button"
                  ref={(el) => {
                    buttons.current.set(`${itemId}:up`, el);
                  }}
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={`Move “${item.text}” up`}
                  className={buttonClass("secondary", "px-2.5 py-1.5")}
                >
                  <span aria-hidden="true">↑</span> Up
                </button>
                <button
                  type="button"
                  ref={(el) => {
                    buttons.current.set(`${itemId}:down`, el);
                  }}
                  onClick={() => move(index, 1)}
                  disabled={index === order.length - 1}
                  aria-label={`Move “${item.text}” down`}
                  className={buttonClass("secondary", "px-2.5 py-1.5")}
                >
                  <span aria-hidden="true">↓</span> Down
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p id={`${id}-hint`} className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        First at the top. {valid ? "Your order is saved as you change it." : "Move an item, or keep the order as it is:"}
      </p>
      {!valid ? (
        <button type="button" onClick={() => onChange(order)} className={buttonClass("secondary", "mt-2 px-3 py-1.5")}>
          Keep this order
        </button>
      ) : null}
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
