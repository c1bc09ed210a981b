import type { Metadata } from "next";
import { connection } from "next/server";
import { buttonClass, cardClass, mutedText } from "@/app/_components/ui";
import { requireTeacherPage } from "@/lib/auth/session";
import { getManagedClass } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { getGradebook } from "@/lib/db/gradebook";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { or404, uuidOr404 } from "../../../_components/not-found";
import { GradebookTable } from "./_components/gradebook-table";
import { LateMark, MissingMark } from "./_components/marks";
import { closeExpired } from "@/lib/attempts/service";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Gradebook" };

export default async function GradebookPage({ params }: Props) {
  await connection();
  const { id: raw } = await params;
  const user = await requireTeacherPage(`/teach/classes/${encodeURIComponent(raw)}/gradebook`);
  const id = uuidOr404(raw);
  const db = await getDb();
  const cls = await or404(getManagedClass({ db, id, actor: user }));
  // Timed attempts that ran out while nobody looked are graded before the book is read.
  await closeExpired({ db, classId: id });
  const book = await getGradebook({ db, classId: id });

  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[{ href: "/teach", label: "Teach" }, { href: `/teach/classes/${id}`, label: cls.name }, { label: "Gradebook" }]}
      />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Gradebook</h1>
          <p className={`mt-1 break-words ${mutedText}`}>{cls.name}</p>
        </div>
        <a href={`/api/classes/${id}/gradebook/csv`} download className={buttonClass("secondary")}>
          Download CSV
        </a>
      </div>

      {book.students.length === 0 || book.assignments.length === 0 ? (
        <p className={`${cardClass} p-5 ${mutedText}`}>
          {book.students.length === 0
            ? "No students have joined this class yet."
            : "Nothing has been assigned to this class yet."}
        </p>
      ) : (
        <>
          <GradebookTable classId={id} className={cls.name} book={book} />
          <div className={`flex flex-wrap gap-x-6 gap-y-2 text-sm ${mutedText}`}>
            <p>Each score is the student’s best submitted attempt; select it to open that attempt.</p>
            <p className="flex items-center gap-2">
              <LateMark /> submitted after the due date
            </p>
            <p className="flex items-center gap-2">
              <MissingMark /> not submitted by the due date (counts as 0 in the average)
            </p>
            <p>
              <span aria-hidden="true">—</span> not submitted, not yet due
            </p>
          </div>
        </>
      )}
    </div>
  );
}
