import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { cardClass, linkClass, mutedText } from "@/app/_components/ui";
import { requireTeacherPage } from "@/lib/auth/session";
import { getManagedAssignment } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { getItemAnalysis } from "@/lib/db/gradebook";
import { getQuizById } from "@/lib/db/quizzes";
import { Breadcrumbs } from "../../_components/breadcrumbs";
import { LocalTime } from "@/app/_components/local-time";
import { or404, uuidOr404 } from "../../_components/not-found";
import { itemFlags, MIN_STUDENTS } from "@/lib/classes/item-flags";
import { ItemCard } from "./_components/item-card";
import { Legend } from "./_components/legend";
import { closeExpired } from "@/lib/attempts/service";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Item analysis" };

export default async function ItemAnalysisPage({ params }: Props) {
  await connection();
  const { id: raw } = await params;
  const user = await requireTeacherPage(`/teach/assignments/${encodeURIComponent(raw)}`);
  const id = uuidOr404(raw);
  const db = await getDb();
  const assignment = await or404(getManagedAssignment({ db, id, actor: user }));
  await closeExpired({ db, classId: assignment.classId });
  const [analysis, quiz] = await Promise.all([
    getItemAnalysis({ db, assignmentId: id }),
    getQuizById({ db, id: assignment.quizId }),
  ]);
  const flagged = analysis.items.filter((i) => itemFlags(i).length > 0).length;
  const owner = quiz?.ownerId === user.id;

  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { href: "/teach", label: "Teach" },
          { href: `/teach/classes/${assignment.classId}`, label: assignment.className },
          { label: "Item analysis" },
        ]}
      />
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Item analysis</h1>
        <p className="mt-1 text-lg font-medium break-words">{assignment.quizTitle}</p>
        <p className={`mt-1 text-sm ${mutedText}`}>
          {assignment.className} ·{" "}
          {assignment.dueAt ? (
            <>
              due <LocalTime iso={assignment.dueAt.toISOString()} />
            </>
          ) : (
            "no due date"
          )}{" "}
          · {analysis.students} {analysis.students === 1 ? "student" : "students"} counted
          {quiz?.ownerId === user.id && (
            <>
              {" · "}
              <Link href={`/teach/quizzes/${quiz.id}/edit`} className={linkClass}>
                Edit the quiz
              </Link>
            </>
          )}
        </p>
      </div>

      <Legend />

      {analysis.students === 0 ? (
        <p className={`${cardClass} p-5 ${mutedText}`}>
          No one has submitted this assignment yet. The statistics appear as students submit.
        </p>
      ) : (
        <>
          <p role="status" className="font-medium">
            {analysis.students < MIN_STUDENTS
              ? `No question is flagged yet: flags need at least ${MIN_STUDENTS} students, and ${analysis.students} ${analysis.students === 1 ? "has" : "have"} submitted. With fewer, one student’s answers swing the figures too much to judge a question.`
              : flagged === 0
                ? "No question is flagged."
                : `${flagged} of ${analysis.items.length} questions are flagged “Check this question”.`}
          </p>
          <p className={`text-sm ${mutedText}`}>
            Each figure comes with its 95% range: with a class-sized group the true value could be anywhere in it, so
            read a flag as “worth a look”, not as a verdict.
          </p>
          <ol className="space-y-4">
            {analysis.items.map((item, i) => (
              <li key={item.id}>
                <ItemCard
                  number={i + 1}
                  editHref={owner && quiz ? `/teach/quizzes/${quiz.id}/edit#q-${encodeURIComponent(item.ref)}-heading` : undefined}
                  item={{ ...item, options: item.options?.map((o) => ({ ...o, count: "count" in o ? Number(o.count) : 0 })) }}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
