import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { buttonClass, cardClass, mutedText } from "@/app/_components/ui";
import { requireTeacherPage } from "@/lib/auth/session";
import { getManagedClass } from "@/lib/classes/access";
import { formatJoinCode } from "@/lib/classes/join-code";
import { listAssignmentsForClass } from "@/lib/db/assignments";
import { listRoster } from "@/lib/db/classes";
import { getDb } from "@/lib/db/client";
import { Badge } from "../../_components/badge";
import { Breadcrumbs } from "../../_components/breadcrumbs";
import { or404, uuidOr404 } from "../../_components/not-found";
import { AssignForm } from "./_components/assign-form";
import { AssignmentList } from "./_components/assignment-list";
import { ClassSettings } from "./_components/class-settings";
import { JoinCodePanel } from "./_components/join-code-panel";
import { Roster } from "./_components/roster";
import { listAssignableQuizzes } from "@/lib/db/quizzes";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Class" };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export default async function ClassPage({ params }: Props) {
  await connection();
  const { id: raw } = await params;
  const user = await requireTeacherPage(`/teach/classes/${encodeURIComponent(raw)}`);
  const id = uuidOr404(raw);
  const db = await getDb();
  // A student, or another teacher, gets the same 404 as a class that does not exist.
  const cls = await or404(getManagedClass({ db, id, actor: user }));
  const [roster, assignments, quizzes] = await Promise.all([
    listRoster({ db, classId: id }),
    listAssignmentsForClass({ db, classId: id }),
    listAssignableQuizzes({ db, teacherId: user.id }),
  ]);
  const archived = cls.archivedAt !== null;

  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ href: "/teach", label: "Teach" }, { label: cls.name }]} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">{cls.name}</h1>
          <p className={`mt-1 flex flex-wrap items-center gap-2 ${mutedText}`}>
            {roster.length} {roster.length === 1 ? "student" : "students"} · {assignments.length}{" "}
            {assignments.length === 1 ? "assignment" : "assignments"}
            {archived && <Badge>Archived</Badge>}
          </p>
        </div>
        <Link href={`/teach/classes/${id}/gradebook`} className={buttonClass("primary")}>
          Gradebook
        </Link>
        <Link href={`/teach/classes/${id}/skills`} className={buttonClass("secondary")}>
          Skills
        </Link>
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <section aria-labelledby="code-heading" className={`${cardClass} p-5`}>
          <h2 id="code-heading" className="mb-3 text-lg font-semibold">
            Join code
          </h2>
          <JoinCodePanel id={id} code={formatJoinCode(cls.joinCode)} archived={archived} />
        </section>
        <section aria-labelledby="settings-heading" className={`${cardClass} p-5`}>
          <h2 id="settings-heading" className="mb-3 text-lg font-semibold">
            Class settings
          </h2>
          <ClassSettings id={id} name={cls.name} archived={archived} />
        </section>
      </div>

      <section aria-labelledby="assignments-heading" className={`${cardClass} space-y-4 p-5`}>
        <h2 id="assignments-heading" className="text-lg font-semibold">
          Assignments
        </h2>
        <AssignmentList
          studentCount={roster.length}
          assignments={assignments.map((a) => ({
            id: a.id,
            quizTitle: a.quizTitle,
            opensAt: iso(a.opensAt),
            dueAt: iso(a.dueAt),
            attemptLimit: a.attemptLimit,
            allowLate: a.allowLate,
            reviewPolicy: a.reviewPolicy,
            heldReview: a.heldReview,
            feedback: a.feedback,
            timeLimitMinutes: a.timeLimitMinutes,
            submittedStudents: a.submittedStudents,
          }))}
        />
        <div className="border-t border-slate-200 pt-4 dark:border-slate-700">
          <h3 className="mb-3 font-semibold">Assign a quiz</h3>
          {archived ? (
            <p className={mutedText}>This class is archived. Restore it to assign work.</p>
          ) : (
            <AssignForm classId={id} quizzes={quizzes} />
          )}
        </div>
      </section>

      <section aria-labelledby="roster-heading" className={`${cardClass} p-5`}>
        <h2 id="roster-heading" className="mb-3 text-lg font-semibold">
          Students
        </h2>
        <Roster
          classId={id}
          students={roster.map((s) => ({ id: s.id, name: s.name, email: s.email, joinedAt: s.joinedAt.toISOString() }))}
        />
      </section>
    </div>
  );
}
