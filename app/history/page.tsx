import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { requireUserPage } from "@/lib/auth/session";
import { listAttemptsForUser } from "@/lib/db/attempts";
import { getDb } from "@/lib/db/client";
import { bestAttempt } from "@/lib/classes/gradebook";
import { LocalTime } from "../_components/local-time";
import { buttonClass, cardClass, focusRing, mutedText } from "../_components/ui";
import { closeExpired } from "@/lib/attempts/service";

export const metadata: Metadata = { title: "My attempts" };

const when = (d: Date) => <LocalTime iso={d.toISOString()} />;

type Row = Awaited<ReturnType<typeof listAttemptsForUser>>[number];

/** Per assignment, the attempt its gradebook counts (lib/classes/gradebook.ts `bestAttempt`). */
function countingIds(rows: Row[]): Set<string> {
  const byAssignment = new Map<string, { id: string; score: number; maxScore: number; submittedAt: Date }[]>();
  for (const r of rows) {
    if (!r.assignmentId || r.status !== "submitted" || r.submittedAt === null) continue;
    const list = byAssignment.get(r.assignmentId) ?? [];
    list.push({ id: r.id, score: r.score ?? 0, maxScore: r.maxScore ?? 0, submittedAt: r.submittedAt });
    byAssignment.set(r.assignmentId, list);
  }
  return new Set([...byAssignment.values()].flatMap((list) => bestAttempt(list)?.id ?? []));
}

function purpose(a: Row): string {
  if (a.kind === "practice") return "Practice";
  if (a.className) return `${a.className} · assignment`;
  return "Assignment (removed by your teacher)";
}

export default async function HistoryPage() {
  await connection();
  const user = await requireUserPage("/history");
  const db = await getDb();
  await closeExpired({ db, userId: user.id });
  const attempts = await listAttemptsForUser({ db, userId: user.id });
  const counting = countingIds(attempts);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">My attempts</h1>
      <p className={`mt-2 ${mutedText}`}>Every quiz you have started, newest first.</p>
      {attempts.length === 0 ? (
        <div className={`${cardClass} mt-6 p-6`}>
          <h2 className="text-lg font-semibold">No attempts yet</h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">Pick a quiz to read an article and answer its questions.</p>
          <Link href="/quizzes" className={buttonClass("primary", "mt-4")}>
            Browse quizzes
          </Link>
        </div>
      ) : (
        <ul className="mt-6 space-y-3">
          {attempts.map((a) => {
            const submitted = a.status === "submitted";
            const pct = submitted && a.maxScore ? Math.round(((a.score ?? 0) / a.maxScore) * 100) : null;
            return (
              <li key={a.id} className={`${cardClass} relative flex flex-wrap items-center gap-x-6 gap-y-2 p-4 hover:border-teal-600 dark:hover:border-teal-400`}>
                <div className="min-w-0 flex-1 basis-64">
                  <h2 className="font-semibold">
                    <Link
                      href={submitted ? `/attempts/${a.id}/results` : `/attempts/${a.id}`}
                      className={`rounded-sm after:absolute after:inset-0 after:rounded-xl ${focusRing}`}
                    >
                      {a.quizTitle}
                      <span className="sr-only">{submitted ? " — see results" : " — continue"}</span>
                    </Link>
                  </h2>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                    <span className={`rounded-full px-2 py-0.5 font-semibold ${a.kind === "practice" ? "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200" : "bg-indigo-100 text-indigo-900 dark:bg-indigo-900/60 dark:text-indigo-100"}`}>
                      {purpose(a)}
                    </span>
                    {counting.has(a.id) ? <span className="font-semibold text-teal-800 dark:text-teal-300">Counts for the grade</span> : null}
                    {a.kind === "assignment" && a.status === "submitted" && !counting.has(a.id) && a.className ? (
                      <span className={mutedText}>A better attempt counts</span>
                    ) : null}
                  </p>
                  <dl className={`mt-1 flex flex-wrap gap-x-4 text-sm ${mutedText}`}>
                    <div className="flex gap-1">
                      <dt>Started</dt>
                      <dd>{when(a.startedAt)}</dd>
                    </div>
                    {a.submittedAt ? (
                      <div className="flex gap-1">
                        <dt>Submitted</dt>
                        <dd>{when(a.submittedAt)}</dd>
                      </div>
                    ) : null}
                  </dl>
                </div>
                {submitted ? (
                  <p className="ml-auto text-right">
                    <span className="text-2xl font-bold">{pct}%</span>
                    <span className="sr-only"> score</span>
                    <span className={`block text-sm ${mutedText}`}>Submitted</span>
                  </p>
                ) : (
                  <p className="ml-auto rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-semibold text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
                    In progress
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
