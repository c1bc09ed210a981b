import type { Metadata } from "next";
import { requireTeacherPage } from "@/lib/auth/session";
import { Breadcrumbs } from "../../_components/breadcrumbs";
import { ImportQuiz } from "./_components/import-quiz";

export const metadata: Metadata = { title: "Import a quiz" };

export default async function ImportQuizPage() {
  await requireTeacherPage("/teach/quizzes/import");
  return (
    <div className="space-y-4">
      <Breadcrumbs items={[{ href: "/teach", label: "Teach" }, { label: "Import a quiz" }]} />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Import a quiz</h1>
      <ImportQuiz />
    </div>
  );
}
