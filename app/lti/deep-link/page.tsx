import type { Metadata } from "next";
import { connection } from "next/server";
import { buttonClass, cardClass, mutedText } from "@/app/_components/ui";
import { requireTeacherPage } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { LtiError } from "@/lib/lti/errors";
import { pickChoices } from "@/lib/lti/pick";
import { or404 } from "@/app/teach/_components/not-found";

export const metadata: Metadata = { title: "Add a quiz to your course" };

type Props = { searchParams: Promise<{ t?: string | string[] }> };

/** Opened by a deep-linking launch: the teacher picks the quiz the LMS course gets. */
export default async function DeepLinkPicker({ searchParams }: Props) {
  await connection();
  const { t } = await searchParams;
  const token = typeof t === "string" ? t : "";
  const user = await requireTeacherPage(`/lti/deep-link?t=${encodeURIComponent(token)}`);
  let choices: Awaited<ReturnType<typeof pickChoices>>;
  try {
    choices = await or404(pickChoices({ db: await getDb(), actor: user, token }));
  } catch (err) {
    if (!(err instanceof LtiError)) throw err;
    return (
      <div className={`${cardClass} p-6`} role="alert">
        <h1 className="text-xl font-semibold">This quiz picker can’t be used</h1>
        <p className={`mt-2 ${mutedText}`}>{err.message}</p>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Add a quiz to your course</h1>
        <p className={`mt-1 ${mutedText}`}>
          It is assigned to <strong>{choices.className}</strong> and gets a gradebook column in the LMS; scores are sent after each submission.
        </p>
      </div>
      {choices.quizzes.length === 0 ? (
        <p className={mutedText}>You have no published quizzes yet. Publish one in Readcheck, then open this picker again.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label="Quizzes you can add">
          {choices.quizzes.map((q) => (
            <li key={q.id} className={`${cardClass} flex items-center justify-between gap-4 p-4`}>
              <div>
                <h2 className="font-semibold">{q.title}</h2>
                <p className={`text-sm ${mutedText}`}>{q.questionCount} questions</p>
              </div>
              <form method="post" action="/api/lti/deep-link">
                <input type="hidden" name="t" value={token} />
                <input type="hidden" name="quizId" value={q.id} />
                <button type="submit" className={buttonClass("primary")} aria-label={`Add ${q.title}`}>
                  Add
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
