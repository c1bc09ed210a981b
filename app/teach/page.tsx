import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { buttonClass, cardClass, linkClass, mutedText } from "@/app/_components/ui";
import { requireTeacherPage } from "@/lib/auth/session";
import { formatJoinCode } from "@/lib/classes/join-code";
import { listClassesForTeacher } from "@/lib/db/classes";
import { getDb } from "@/lib/db/client";
import { listQuizzesByOwner } from "@/lib/db/quizzes";
import { Badge } from "./_components/badge";
import { LocalTime } from "../_components/local-time";
import { NewClassButton } from "./_components/new-class-button";

export const metadata: Metadata = { title: "Teach" };

export default async function TeachDashboard() {
  await connection();
  const user = await requireTeacherPage("/teach");
  const db = await getDb();
  const [classes, quizzes] = await Promise.all([
    listClassesForTeacher({ db, teacherId: user.id }),
    listQuizzesByOwner({ db, ownerId: user.id }),
  ]);

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Teach</h1>
        <p className={`mt-1 ${mutedText}`}>Your classes and the quizzes you have written.</p>
      </div>

      <section aria-labelledby="classes-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="classes-heading" className="text-xl font-semibold">
            My classes
          </h2>
          <NewClassButton />
        </div>
        {classes.length === 0 ? (
          <p className={`${cardClass} p-5 ${mutedText}`}>
            No classes yet. Create one, then give your students its join code.
          </p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {classes.map((c) => (
              <li key={c.id} className={`${cardClass} flex flex-col gap-2 p-4`}>
                <div className="flex items-start justify-between gap-2">
                  <h3 className="min-w-0 break-words font-semibold">
                    <Link href={`/teach/classes/${c.id}`} className={linkClass}>
                      {c.name}
                    </Link>
                  </h3>
                  {c.archivedAt && <Badge>Archived</Badge>}
                </div>
                <p className={`text-sm ${mutedText}`}>
                  {c.studentCount} {c.studentCount === 1 ? "student" : "students"}
                </p>
                <p className="text-sm">
                  <span className={mutedText}>Join code </span>
                  <span className="font-mono font-semibold tracking-wider">{formatJoinCode(c.joinCode)}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="quizzes-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="quizzes-heading" className="text-xl font-semibold">
            My quizzes
          </h2>
          <div className="flex flex-wrap gap-2">
            <Link href="/teach/quizzes/import" className={buttonClass("secondary")}>
              Import a quiz file
            </Link>
            <Link href="/teach/quizzes/new" className={buttonClass("primary")}>
              New quiz from an article
            </Link>
          </div>
        </div>
        {quizzes.length === 0 ? (
          <p className={`${cardClass} p-5 ${mutedText}`}>
            No quizzes yet. Paste an article and Readcheck drafts the questions for you to review.
          </p>
        ) : (
          <ul className={`${cardClass} divide-y divide-slate-200 dark:divide-slate-800`}>
            {quizzes.map((q) => (
              <li key={q.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
                <Link href={`/teach/quizzes/${q.id}/edit`} className={`${linkClass} min-w-0 break-words`}>
                  {q.title}
                </Link>
                <Badge tone={q.status === "published" ? "good" : "neutral"}>
                  {q.status === "published" ? "Published" : q.status === "draft" ? "Draft" : "Archived"}
                </Badge>
                <span className={`text-sm ${mutedText}`}>
                  {q.questionCount} {q.questionCount === 1 ? "question" : "questions"}
                </span>
                <span className={`ml-auto text-sm ${mutedText}`}>
                  Edited <LocalTime iso={q.updatedAt.toISOString()} withTime={false} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
