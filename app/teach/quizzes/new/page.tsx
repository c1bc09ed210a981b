import type { Metadata } from "next";
import { requireTeacherPage } from "@/lib/auth/session";
import { Breadcrumbs } from "../../_components/breadcrumbs";
import { NewQuiz } from "./_components/new-quiz";

export const metadata: Metadata = { title: "New quiz from an article" };

export default async function NewQuizPage() {
  await requireTeacherPage("/teach/quizzes/new");
  return (
    <div className="space-y-4">
      <Breadcrumbs items={[{ href: "/teach", label: "Teach" }, { label: "New quiz" }]} />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">New quiz from an article</h1>
      <NewQuiz />
    </div>
  );
}
