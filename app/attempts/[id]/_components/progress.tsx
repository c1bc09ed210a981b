import type { SaveStatus } from "./use-autosave";

export function ProgressMeter({ answered, total }: { answered: number; total: number }) {
  const pct = total ? Math.round((answered / total) * 100) : 0;
  return (
    <div className="flex items-center gap-3">
      <p id="progress-label" className="shrink-0 text-sm font-semibold">
        {answered} of {total} answered
      </p>
      <div
        role="progressbar"
        aria-labelledby="progress-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-valuetext={`${answered} of ${total} answered`}
        className="h-2.5 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div className="h-full rounded-full bg-teal-700 transition-[width] dark:bg-teal-300" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/** Autosave state, announced politely so it never interrupts typing. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  let text: React.ReactNode;
  let tone = "text-slate-600 dark:text-slate-400";
  switch (status.kind) {
    case "idle":
      text = "Answers save automatically.";
      break;
    case "saving":
      text = "Saving…";
      break;
    case "saved":
      // The server renders this in its own time zone; the browser corrects it on hydration.
      text = (
        <>
          Saved at <time dateTime={status.at} suppressHydrationWarning>{time(status.at)}</time>
        </>
      );
      break;
    case "retrying":
    case "failed":
      text = status.message;
      tone = "font-medium text-red-700 dark:text-red-300";
      break;
  }
  return (
    <p role="status" aria-live="polite" className={`mt-1 text-sm ${tone}`}>
      {text}
    </p>
  );
}
