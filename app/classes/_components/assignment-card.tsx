import Link from "next/link";
import type { AssignmentStatus } from "@/lib/classes/assignment-rules";
import { LocalTime } from "../../_components/local-time";
import { StartButton } from "./start-button";

export type StudentAssignment = {
  id: string;
  className: string;
  quizTitle: string;
  opensAt: string | null;
  dueAt: string | null;
  attemptLimit: number | null;
  allowLate: boolean;
  submittedAttempts: number;
  bestPercent: number | null;
  openAttemptId: string | null;
  status: AssignmentStatus;
};

const link =
  "font-medium text-teal-800 underline underline-offset-2 dark:text-teal-300 rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 dark:focus-visible:outline-teal-300";

function action(a: StudentAssignment): string | null {
  if (a.openAttemptId) return "Resume";
  const left = a.attemptLimit === null || a.submittedAttempts < a.attemptLimit;
  switch (a.status) {
    case "to_do":
    case "due_soon":
      return "Start";
    case "overdue":
      return "Start late";
    case "done":
      if (!left) return null;
      // Past the due date a retry is only possible when late work is accepted.
      if (a.dueAt && new Date(a.dueAt) < new Date() && !a.allowLate) return null;
      if (a.opensAt && new Date(a.opensAt) > new Date()) return null;
      return "Try again";
    default:
      return null;
  }
}

/** One assignment on the student's dashboard: what, for which class, when, and what to do. */
export function AssignmentCard({ a }: { a: StudentAssignment }) {
  const label = action(a);
  return (
    <li className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center dark:border-slate-800 dark:bg-slate-900">
      <div className="min-w-0 flex-1 space-y-1">
        <h3 className="font-semibold break-words">{a.quizTitle}</h3>
        <p className="text-sm break-words text-slate-600 dark:text-slate-400">{a.className}</p>
        <p className="text-sm text-slate-800 dark:text-slate-200">
          {a.status === "upcoming" && a.opensAt ? (
            <>
              Opens <LocalTime iso={a.opensAt} />
              {a.dueAt && (
                <>
                  {" "}
                  · due <LocalTime iso={a.dueAt} />
                </>
              )}
            </>
          ) : a.dueAt ? (
            <>
              {a.status === "overdue" || a.status === "closed" ? "Was due" : "Due"} <LocalTime iso={a.dueAt} />
            </>
          ) : (
            "No due date"
          )}
          {a.attemptLimit !== null && (
            <>
              {" "}
              · {a.submittedAttempts} of {a.attemptLimit} {a.attemptLimit === 1 ? "attempt" : "attempts"} used
            </>
          )}
        </p>
        {a.status === "done" && a.bestPercent !== null && (
          <p className="text-sm">
            <span className="font-semibold">Your best score: {Math.round(a.bestPercent)}%</span>{" "}
            <Link href="/history" className={link}>
              See your attempts
            </Link>
          </p>
        )}
        {a.status === "overdue" && <p className="text-sm font-medium">Late work is accepted; it will be marked late.</p>}
        {a.status === "closed" && <p className="text-sm font-medium">Closed: late work is not accepted.</p>}
        {a.openAttemptId && <p className="text-sm">You have an unfinished attempt; your answers are saved.</p>}
      </div>
      {label && <StartButton assignmentId={a.id} label={label} title={a.quizTitle} />}
    </li>
  );
}
