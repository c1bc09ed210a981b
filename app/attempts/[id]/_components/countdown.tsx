"use client";

import { useEffect, useRef, useState } from "react";

const WARNINGS = [5, 1]; // minutes left at which a screen reader is told

const format = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
};

/**
 * Time left on a timed attempt. The server holds the deadline and closes the attempt itself; this
 * only shows it, warns at 5 and 1 minutes (announced), and asks to submit when it reaches zero.
 */
export function Countdown({ deadline, onTimeUp }: { deadline: string; onTimeUp: () => void }) {
  const end = new Date(deadline).getTime();
  const [left, setLeft] = useState(() => end - Date.now());
  const [warning, setWarning] = useState<string | null>(null);
  const warned = useRef(new Set<number>());
  const fired = useRef(false);

  useEffect(() => {
    const tick = () => {
      const ms = end - Date.now();
      setLeft(ms);
      for (const m of WARNINGS) {
        if (ms <= m * 60_000 && ms > 0 && !warned.current.has(m)) {
          warned.current.add(m);
          setWarning(m === 1 ? "1 minute left. Your answers are saved as you go." : `${m} minutes left.`);
        }
      }
      if (ms <= 0 && !fired.current) {
        fired.current = true;
        setWarning("Time is up. Submitting your answers…");
        onTimeUp();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [end, onTimeUp]);

  const urgent = left <= 5 * 60_000;
  return (
    <div className="flex flex-wrap items-center gap-x-3 text-sm">
      <p className={`font-semibold tabular-nums ${urgent ? "text-red-700 dark:text-red-300" : "text-slate-800 dark:text-slate-200"}`}>
        <span aria-hidden="true">⏱ </span>
        Time left: <span data-testid="time-left">{format(left)}</span>
      </p>
      <p role="status" aria-live="polite" className="font-medium text-red-700 empty:hidden dark:text-red-300">
        {warning}
      </p>
    </div>
  );
}
