import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { buttonClass, cardClass, linkClass, mutedText } from "@/app/_components/ui";
import { countDueReviews } from "@/lib/review/queue";
import { requireUserPage } from "@/lib/auth/session";
import { assignmentStatus, type AssignmentStatus } from "@/lib/classes/assignment-rules";
import { listAssignmentsForStudent } from "@/lib/db/assignments";
import { listClassesForStudent } from "@/lib/db/classes";
import { getDb } from "@/lib/db/client";
import { AssignmentCard, type StudentAssignment } from "./_components/assignment-card";
import { JoinForm } from "./_components/join-form";
import { closeExpired } from "@/lib/attempts/service";

export const metadata: Metadata = { title: "Classes" };

/** Most urgent first. */
const GROUPS: { status: AssignmentStatus; title: string; hint: string }[] = [
  { status: "overdue", title: "Overdue", hint: "Past the due date, but still accepted." },
  { status: "due_soon", title: "Due soon", hint: "Due within two days." },
  { status: "to_do", title: "To do", hint: "Open now." },
  { status: "upcoming", title: "Upcoming", hint: "Not open yet." },
  { status: "done", title: "Done", hint: "Submitted." },
  { status: "closed", title: "Missed", hint: "Past the due date; no longer accepted." },
];

export default async function ClassesPage() {
  await connection();
  const user = await requireUserPage("/classes");

  if (user.role === "teacher") {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Classes</h1>
        <p className={`${cardClass} p-5`}>
          Teachers manage their classes from{" "}
          <Link href="/teach" className={linkClass}>
            Teach
          </Link>
          . This page is where students join a class and find their assignments.
        </p>
      </div>
    );
  }

  const db = await getDb();
  const now = new Date();
  await closeExpired({ db, userId: user.id, now });
  const [rows, classes, reviewsDue] = await Promise.all([
    listAssignmentsForStudent({ db, userId: user.id }),
    listClassesForStudent({ db, userId: user.id }),
    countDueReviews({ db, actor: user, now }),
  ]);
  const assignments: StudentAssignment[] = rows.map((a) => ({
    id: a.id,
    className: a.className,
    quizTitle: a.quizTitle,
    opensAt: a.opensAt?.toISOString() ?? null,
    dueAt: a.dueAt?.toISOString() ?? null,
    attemptLimit: a.attemptLimit,
    allowLate: a.allowLate,
    submittedAttempts: a.submittedAttempts,
    bestPercent: a.bestPercent === null ? null : Number(a.bestPercent),
    // An unfinished attempt is work in progress whatever the status says.
    openAttemptId: a.openAttemptId,
    status: assignmentStatus(a, a, now),
  }));

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Classes</h1>
        <p className={`mt-1 ${mutedText}`}>Your assignments from every class you have joined.</p>
      </div>

      <section aria-labelledby="review-heading" className={`${cardClass} flex flex-wrap items-center justify-between gap-4 p-5`}>
        <div>
          <h2 id="review-heading" className="text-lg font-semibold">
            Review
          </h2>
          <p className={mutedText}>
            {reviewsDue === 0
              ? "Nothing to review today. Questions you miss come back here on a spaced schedule."
              : `${reviewsDue} ${reviewsDue === 1 ? "question" : "questions"} you missed ${reviewsDue === 1 ? "is" : "are"} due for review.`}
          </p>
        </div>
        {reviewsDue > 0 ? (
          <Link href="/review" className={buttonClass("primary", "px-5")}>
            Review {reviewsDue} now
          </Link>
        ) : null}
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="join-heading" className={`${cardClass} p-5`}>
          <h2 id="join-heading" className="mb-3 text-lg font-semibold">
            Join a class
          </h2>
          <JoinForm />
        </section>
        <section aria-labelledby="my-classes-heading" className={`${cardClass} p-5`}>
          <h2 id="my-classes-heading" className="mb-3 text-lg font-semibold">
            My classes
          </h2>
          {classes.length === 0 ? (
            <p className={mutedText}>You have not joined a class yet.</p>
          ) : (
            <ul className="space-y-1">
              {classes.map((c) => (
                <li key={c.id} className="break-words">
                  <span className="font-medium">{c.name}</span>
                  <span className={mutedText}> · {c.teacherName}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      {assignments.length === 0 ? (
        <p className={`${cardClass} p-5 ${mutedText}`}>
          {classes.length === 0
            ? "Join a class with the code your teacher gives you, and its assignments will appear here."
            : "No assignments yet. They will appear here when your teacher sets them."}
        </p>
      ) : (
        GROUPS.map(({ status, title, hint }) => {
          const list = assignments.filter((a) => a.status === status);
          if (list.length === 0) return null;
          return (
            <section key={status} aria-labelledby={`group-${status}`} className="space-y-3">
              <div>
                <h2 id={`group-${status}`} className="text-xl font-semibold">
                  {title} <span className={`text-base font-normal ${mutedText}`}>({list.length})</span>
                </h2>
                <p className={`text-sm ${mutedText}`}>{hint}</p>
              </div>
              <ul className="space-y-3">
                {list.map((a) => (
                  <AssignmentCard key={a.id} a={a} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </div>
  );
}
