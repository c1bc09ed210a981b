import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { requireUserPage } from "@/lib/auth/session";
import { listAttemptsForUser } from "@/lib/db/attempts";
import { getDb } from "@/lib/db/client";
import { buttonClass, cardClass, focusRing, mutedText } from "../_components/ui";

export const metadata: Metadata = { title: "My attempts" };

const when = (d: Date) => (
  <time dateTime={d.toISOString()} suppressHydrationWarning>
    {d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC
  </time>
);

export default async function HistoryPage() {
  await connection();
  const user = await requireUserPage("/history");
  const attempts = await listAttemptsForUser({ db: await getDb(), userId: user.id });
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
