import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireTeacherPage } from "@/lib/auth/session";
import { getEditableQuiz } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { listClassesForTeacher } from "@/lib/db/classes";
import { getQuizFile } from "@/lib/db/quizzes";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { or404, uuidOr404 } from "../../../_components/not-found";
import { LibraryToggle } from "../../_components/library-toggle";
import { RegradePanel } from "../../_components/regrade-panel";
import { QuizEditor } from "../../_components/quiz-editor";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Edit quiz" };

export default async function EditQuizPage({ params }: Props) {
  await connection();
  const { id: raw } = await params;
  const user = await requireTeacherPage(`/teach/quizzes/${encodeURIComponent(raw)}/edit`);
  const id = uuidOr404(raw);
  const db = await getDb();
  // Only the owner edits; seeded quizzes and other teachers' quizzes are a 404 here.
  const quiz = await or404(getEditableQuiz({ db, id, actor: user }));
  const [file, classes] = await Promise.all([getQuizFile({ db, id }), listClassesForTeacher({ db, teacherId: user.id })]);
  if (!file) notFound();
  const active = classes.filter((c) => !c.archivedAt).map(({ id, name, studentCount }) => ({ id, name, studentCount }));

  return (
    <div className="space-y-4">
      <Breadcrumbs items={[{ href: "/teach", label: "Teach" }, { label: quiz.title }]} />
      <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">
        <span className="sr-only">Edit quiz: </span>
        {quiz.title}
      </h1>
      <QuizEditor key={quiz.id} mode="edit" quizId={quiz.id} status={quiz.status} initial={file} classes={active} />
      {/* After the editor: a sharing setting, not a step between opening the quiz and its first question. */}
      <LibraryToggle quizId={quiz.id} initial={quiz.library} />
      <RegradePanel quizId={quiz.id} />
    </div>
  );
}
