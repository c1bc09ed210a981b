import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { buttonClass, cardClass, linkClass, mutedText } from "@/app/_components/ui";
import { requireTeacherPage } from "@/lib/auth/session";
import { formatJoinCode } from "@/lib/classes/join-code";
import { buildTeacherDashboard } from "@/lib/classes/teacher-dashboard";
import { listClassesForTeacher } from "@/lib/db/classes";
import { getDb } from "@/lib/db/client";
import { listQuizzesByOwner } from "@/lib/db/quizzes";
import { listAssignmentsForTeacher } from "@/lib/db/teacher-dashboard";
import { LocalTime } from "../_components/local-time";
import { Badge } from "./_components/badge";
import { NewClassButton } from "./_components/new-class-button";
import { QuizList } from "./_components/quiz-list";

export const metadata: Metadata = { title: "Teach" };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export default async function TeachDashboard() {
  await connection();
  const user = await requireTeacherPage("/teach");
  const db = await getDb();
  const [classes, quizzes, assignments] = await Promise.all([
    listClassesForTeacher({ db, teacherId: user.id }),
    listQuizzesByOwner({ db, ownerId: user.id }),
    listAssignmentsForTeacher({ db, teacherId: user.id }),
  ]);
  const { dueSoon, attention } = buildTeacherDashboard(assignments, new Date());
  const drafts = quizzes.filter((q) => q.status === "draft");

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Teach</h1>
        <p className={`mt-1 ${mutedText}`}>
          What is due, what needs a look, your classes and your quizzes. <Link href="/teach/lti" className={linkClass}>LMS connections</Link>
        </p>
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <section aria-labelledby="due-heading" className={`${cardClass} p-5`}>
          <h2 id="due-heading" className="text-lg font-semibold">
            Due this week
          </h2>
          {dueSoon.length === 0 ? (
            <p className={`mt-2 text-sm ${mutedText}`}>Nothing is due in the next seven days.</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {dueSoon.map((a) => (
                <li key={a.id} className="text-sm">
                  <Link href={`/teach/assignments/${a.id}`} className={linkClass}>
                    {a.quizTitle}
                  </Link>
                  <span className={`block ${mutedText}`}>
                    {a.className} · due <LocalTime iso={a.dueAt!.toISOString()} /> · {a.submittedStudents} of {a.students} submitted
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="attention-heading" className={`${cardClass} p-5`}>
          <h2 id="attention-heading" className="text-lg font-semibold">
            Needs attention
          </h2>
          {attention.length === 0 ? (
            <p className={`mt-2 text-sm ${mutedText}`}>Nothing needs your attention.</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {attention.map((a) => (
                <li key={a.id} className="text-sm">
                  <Link
                    href={a.reason === "missing_work" ? `/teach/classes/${a.classId}/gradebook` : `/teach/classes/${a.classId}`}
                    className={linkClass}
                  >
                    {a.quizTitle}
                  </Link>
                  <span className={`block ${mutedText}`}>
                    {a.className} ·{" "}
                    {a.reason === "missing_work"
                      ? `${plural(a.missing, "student")} missing since it was due`
                      : "no students have joined this class yet: share its join code"}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="drafts-heading" className={`${cardClass} p-5`}>
          <h2 id="drafts-heading" className="text-lg font-semibold">
            Drafts
          </h2>
          {drafts.length === 0 ? (
            <p className={`mt-2 text-sm ${mutedText}`}>No unpublished quizzes.</p>
          ) : (
            <ul className="mt-3 space-y-2">
              {drafts.map((q) => (
                <li key={q.id} className="text-sm">
                  <Link href={`/teach/quizzes/${q.id}/edit`} className={linkClass}>
                    {q.title}
                  </Link>
                  <span className={`block ${mutedText}`}>
                    {plural(q.questionCount, "question")} · edited <LocalTime iso={q.updatedAt.toISOString()} withTime={false} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
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
                <p className={`text-sm ${mutedText}`}>{plural(c.studentCount, "student")}</p>
                {/* An archived class takes no one, so its code is not shown to be read out. */}
                {c.archivedAt ? (
                  <p className={`text-sm ${mutedText}`}>Closed to new students</p>
                ) : (
                  <p className="text-sm">
                    <span className={mutedText}>Join code </span>
                    <span className="font-mono font-semibold tracking-wider">{formatJoinCode(c.joinCode)}</span>
                  </p>
                )}
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
          <QuizList quizzes={quizzes.map((q) => ({ ...q, updatedAt: q.updatedAt.toISOString() }))} />
        )}
      </section>
    </div>
  );
}
