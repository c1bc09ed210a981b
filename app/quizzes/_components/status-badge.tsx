import { statusLabel, type QuizStatus } from "./quiz-status";

const tone = {
  not_started: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  in_progress: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100",
  submitted: "bg-teal-100 text-teal-900 dark:bg-teal-900/60 dark:text-teal-100",
} as const;

export function StatusBadge({ status }: { status: QuizStatus | undefined }) {
  const kind = status?.kind ?? "not_started";
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone[kind]}`}>
      <span className="sr-only">Your status: </span>
      {statusLabel(status)}
    </span>
  );
}
