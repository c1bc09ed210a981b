"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { LocalTime } from "@/app/_components/local-time";
import { buttonClass, cardClass, linkClass, mutedText } from "@/app/_components/ui";
import { callApi, messageOf } from "./api";
import { Badge } from "./badge";
import { ConfirmButton } from "./confirm-button";
import { ShareButton } from "./share-button";

export type OwnedQuiz = {
  id: string;
  title: string;
  status: "draft" | "published" | "archived";
  questionCount: number;
  updatedAt: string;
};

const STATUS = { published: ["Published", "good"], draft: ["Draft", "neutral"], archived: ["Archived", "warn"] } as const;
const small = "px-2.5 py-1.5 text-xs";

/** The teacher's quizzes with what they can do to each: preview, duplicate, share, archive, delete. */
export function QuizList({ quizzes }: { quizzes: OwnedQuiz[] }) {
  const router = useRouter();
  const [message, setMessage] = useState("");

  async function act(run: () => Promise<string>) {
    try {
      setMessage(await run());
      router.refresh();
    } catch (err) {
      setMessage(messageOf(err));
    }
  }

  const duplicate = (q: OwnedQuiz) =>
    act(async () => {
      const { quiz } = await callApi<{ quiz: { title: string } }>(`/api/quizzes/${q.id}/duplicate`, { method: "POST" });
      return `Made “${quiz.title}”, a draft.`;
    });
  const archive = (q: OwnedQuiz, archived: boolean) =>
    act(async () => {
      await callApi(`/api/quizzes/${q.id}/archive`, { body: { archived } });
      return archived ? `Archived “${q.title}”. Its results are kept.` : `Restored “${q.title}” as a draft.`;
    });

  return (
    <>
      <p role="status" className="text-sm font-medium empty:hidden">
        {message}
      </p>
      <ul className={`${cardClass} divide-y divide-slate-200 dark:divide-slate-800`}>
        {quizzes.map((q) => {
          const [label, tone] = STATUS[q.status];
          return (
            <li key={q.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
              <Link href={`/teach/quizzes/${q.id}/edit`} className={`${linkClass} min-w-0 break-words`}>
                {q.title}
              </Link>
              <Badge tone={tone}>{label}</Badge>
              <span className={`text-sm ${mutedText}`}>
                {q.questionCount} {q.questionCount === 1 ? "question" : "questions"} · edited{" "}
                <LocalTime iso={q.updatedAt} withTime={false} />
              </span>
              <div className="ml-auto flex flex-wrap gap-2">
                <a
                  href={`/teach/quizzes/${q.id}/preview`}
                  target="_blank"
                  rel="noopener"
                  aria-label={`Preview ${q.title} as a student (opens in a new tab)`}
                  className={buttonClass("secondary", small)}
                >
                  Preview
                </a>
                <button type="button" onClick={() => duplicate(q)} aria-label={`Duplicate ${q.title}`} className={buttonClass("secondary", small)}>
                  Duplicate
                </button>
                <ShareButton quizId={q.id} title={q.title} onShared={setMessage} />
                <button
                  type="button"
                  onClick={() => archive(q, q.status !== "archived")}
                  aria-label={`${q.status === "archived" ? "Restore" : "Archive"} ${q.title}`}
                  className={buttonClass("secondary", small)}
                >
                  {q.status === "archived" ? "Restore" : "Archive"}
                </button>
                <ConfirmButton
                  label="Delete"
                  accessibleLabel={`Delete ${q.title}`}
                  title={`Delete “${q.title}”?`}
                  body="The quiz, its questions and its article are deleted for good. A quiz students have taken cannot be deleted: archive it instead."
                  confirmLabel="Delete quiz"
                  className={small}
                  onConfirm={async () => {
                    await callApi(`/api/quizzes/${q.id}`, { method: "DELETE" });
                    setMessage(`Deleted “${q.title}”.`);
                    router.refresh();
                  }}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
