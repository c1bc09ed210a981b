import type { Metadata } from "next";
import Link from "next/link";
import { after, connection } from "next/server";
import { cardClass, linkClass, mutedText } from "@/app/_components/ui";
import { LocalTime } from "@/app/_components/local-time";
import { requireTeacherPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listLinkedClassesForTeacher } from "@/lib/db/lti-links";
import { listScoreSyncsForTeacher } from "@/lib/db/lti-scores";
import { syncScoresInBackground } from "@/lib/lti/scores";
import { resendScoresAction, sendDueScoresAction, syncRosterAction } from "./actions";
import { ActionButton } from "./_components/action-button";

export const metadata: Metadata = { title: "LMS sync log" };

const statusText = { sent: "Sent", pending: "Sending", failed: "Failed — will retry" } as const;

/** What went to the LMS gradebooks, what is waiting, and why something failed; with resend and roster sync. */
export default async function ScoreSyncLog() {
  await connection();
  const user = await requireTeacherPage("/teach/lti/scores");
  const db = await getDb();
  const [rows, classes] = await Promise.all([listScoreSyncsForTeacher({ db, teacherId: user.id }), listLinkedClassesForTeacher({ db, teacherId: user.id })]);
  // Opening the log also sends whatever is due, after this page is answered.
  after(() => syncScoresInBackground(db));
  const assignments = [...new Map(rows.map((r) => [r.assignmentId, r])).values()];

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">LMS sync log</h1>
        <p className={`mt-1 ${mutedText}`}>
          Scores of quizzes placed in an LMS course are sent to its gradebook after each submission and again after a regrade. Failures are retried with growing waits. <Link href="/teach/lti" className={linkClass}>LMS connections</Link>
        </p>
      </div>

      <section aria-labelledby="rosters-heading" className={`${cardClass} space-y-3 p-5`}>
        <h2 id="rosters-heading" className="text-lg font-semibold">
          Course rosters
        </h2>
        {classes.length === 0 ? (
          <p className={mutedText}>No class is linked to an LMS course yet. Open Readcheck from a course to link one.</p>
        ) : (
          <ul className="space-y-3">
            {classes.map((c) => (
              <li key={c.classId} className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <Link href={`/teach/classes/${c.classId}`} className={linkClass}>
                    {c.name}
                  </Link>
                  <p className={`text-sm ${mutedText}`}>{c.rosterSyncedAt ? <>Roster synced <LocalTime iso={c.rosterSyncedAt.toISOString()} /></> : "Roster not synced yet"}</p>
                </div>
                <ActionButton action={syncRosterAction} label={`Sync roster of ${c.name}`} field={{ name: "classId", value: c.classId }} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="scores-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="scores-heading" className="text-lg font-semibold">
            Scores
          </h2>
          <ActionButton action={sendDueScoresAction} label="Send due scores now" />
        </div>
        {rows.length === 0 ? (
          <p className={mutedText}>No scores have been sent yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Scores sent to LMS gradebooks</caption>
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-700">
                  <th scope="col" className="py-2 pr-3">Student</th>
                  <th scope="col" className="py-2 pr-3">Quiz · class</th>
                  <th scope="col" className="py-2 pr-3">Score</th>
                  <th scope="col" className="py-2 pr-3">Status</th>
                  <th scope="col" className="py-2 pr-3">Tries</th>
                  <th scope="col" className="py-2">Last error / next try</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.attemptId}`} className="border-b border-slate-200 align-top dark:border-slate-800">
                    <td className="py-2 pr-3">{r.studentName}</td>
                    <td className="py-2 pr-3">
                      {r.quizTitle} · {r.className}
                    </td>
                    <td className="py-2 pr-3">
                      {r.score ?? "–"} / {r.maxScore ?? "–"}
                      {r.postedScore !== null && r.postedScore !== r.score ? <span className={`block ${mutedText}`}>LMS has {r.postedScore}</span> : null}
                    </td>
                    <td className="py-2 pr-3">{statusText[r.status]}</td>
                    <td className="py-2 pr-3">{r.tries}</td>
                    <td className="py-2">
                      {r.lastError ? <span className="block break-words text-red-700 dark:text-red-300">{r.lastError}</span> : null}
                      {r.status !== "sent" ? <LocalTime iso={r.nextTryAt.toISOString()} /> : r.postedAt ? <>Sent <LocalTime iso={r.postedAt.toISOString()} /></> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {assignments.length ? (
          <ul className="flex flex-wrap gap-4" aria-label="Resend an assignment's scores">
            {assignments.map((a) => (
              <li key={a.assignmentId}>
                <ActionButton action={resendScoresAction} label={`Resend ${a.quizTitle} (${a.className})`} field={{ name: "assignmentId", value: a.assignmentId! }} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
