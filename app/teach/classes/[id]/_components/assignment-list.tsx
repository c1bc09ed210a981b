"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { linkClass } from "@/app/_components/ui";
import { callApi } from "../../../_components/api";
import { ConfirmButton } from "../../../_components/confirm-button";
import { LocalTime } from "@/app/_components/local-time";
import { HELD_LABELS, REVIEW_LABELS, type AssignmentValues } from "./assignment-fields";
import { EditAssignmentButton } from "./edit-assignment-button";

export type ClassAssignment = AssignmentValues & {
  id: string;
  quizTitle: string;
  submittedStudents: number;
};

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-2 sm:block">
      <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}

/** The class's assignments with their rules, how many students submitted, edit and delete. */
export function AssignmentList({
  assignments,
  studentCount,
}: {
  assignments: ClassAssignment[];
  studentCount: number;
}) {
  const router = useRouter();
  if (assignments.length === 0) {
    return <p className="text-slate-600 dark:text-slate-400">Nothing assigned yet. Use the form below.</p>;
  }
  return (
    <ul className="space-y-3">
      {assignments.map((a) => (
        <li key={a.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 className="min-w-0 font-semibold break-words">
              <Link href={`/teach/assignments/${a.id}`} className={linkClass}>
                {a.quizTitle}
              </Link>
            </h3>
            <div className="flex gap-2">
              <EditAssignmentButton id={a.id} title={a.quizTitle} values={a} />
              <ConfirmButton
                label="Delete"
                accessibleLabel={`Delete assignment: ${a.quizTitle}`}
                title="Delete this assignment?"
                body="Students no longer see it. Attempts already submitted stay on record but leave this class’s gradebook."
                confirmLabel="Delete assignment"
                className="px-3 py-1.5"
                onConfirm={async () => {
                  await callApi(`/api/assignments/${a.id}`, { method: "DELETE" });
                  router.refresh();
                }}
              />
            </div>
          </div>
          <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
            <Row term="Opens">{a.opensAt ? <LocalTime iso={a.opensAt} /> : "Now"}</Row>
            <Row term="Due">{a.dueAt ? <LocalTime iso={a.dueAt} /> : "No due date"}</Row>
            <Row term="Attempts">{a.attemptLimit ?? "Unlimited"}</Row>
            <Row term="Time limit">{a.timeLimitMinutes ? `${a.timeLimitMinutes} minutes` : "None"}</Row>
            <Row term="Late work">{a.allowLate ? "Accepted" : "Not accepted"}</Row>
            <Row term="Answers shown">
              {REVIEW_LABELS[a.reviewPolicy]}
              {a.reviewPolicy === "after_submit" ? null : ` (until then: ${HELD_LABELS[a.heldReview].toLowerCase()})`}
            </Row>
            <Row term="Feedback">{a.feedback === "immediate" ? "Question by question" : "After submitting"}</Row>
            <Row term="Submitted">
              {a.submittedStudents} of {studentCount}
            </Row>
          </dl>
          <p className="mt-2 text-sm">
            <Link href={`/teach/assignments/${a.id}`} className={linkClass}>
              Item analysis<span className="sr-only">: {a.quizTitle}</span>
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
