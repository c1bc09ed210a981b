import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { requireUserPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getPreferences } from "@/lib/db/preferences";
import { dueReviews } from "@/lib/review/queue";
import { ReadingProvider } from "../_components/reading-provider";
import { buttonClass, cardClass, mutedText } from "../_components/ui";
import { ReviewSession } from "./_components/review-session";

export const metadata: Metadata = { title: "Review" };

/** Today's spaced review: the questions you missed, back when they are due. */
export default async function ReviewPage() {
  await connection();
  const user = await requireUserPage("/review");
  const db = await getDb();
  const [reviews, preferences] = await Promise.all([dueReviews({ db, actor: user }), getPreferences({ db, userId: user.id })]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Review</h1>
      <p className={`mt-2 ${mutedText}`}>
        Questions you missed come back here on a spaced schedule: get one right and it returns later, miss it and it
        returns sooner.
      </p>
      {reviews.length === 0 ? (
        <div className={`${cardClass} mt-6 p-6`}>
          <h2 className="text-lg font-semibold">Nothing to review today</h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            When you miss a question in a quiz, it will come back here on a later day.
          </p>
          <Link href="/quizzes" className={buttonClass("primary", "mt-4")}>
            Browse quizzes
          </Link>
        </div>
      ) : (
        // The reader's text size and line spacing, and read-aloud of each question, as when taking a quiz.
        <ReadingProvider initial={preferences}>
          <ReviewSession reviews={reviews} />
        </ReadingProvider>
      )}
    </div>
  );
}
