"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { linkClass } from "@/app/_components/ui";
import { callApi } from "../../../_components/api";
import { ConfirmButton } from "../../../_components/confirm-button";
import { LocalTime } from "@/app/_components/local-time";

export type RosterStudent = { id: string; name: string; email: string; joinedAt: string };

/** The students in the class, each with a link to their work and a confirmed "Remove". */
export function Roster({ classId, students }: { classId: string; students: RosterStudent[] }) {
  const router = useRouter();
  const [reset, setReset] = useState<{ id: string; password: string } | null>(null);
  if (students.length === 0) {
    return (
      <p className="text-slate-600 dark:text-slate-400">
        No students yet. Share the join code; students appear here as they join.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {students.map((s) => (
        <li key={s.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2.5">
          <div className="min-w-0 flex-1">
            <Link href={`/teach/classes/${classId}/students/${s.id}`} className={`${linkClass} break-words`}>
              {s.name || s.email}
            </Link>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              <span className="break-all">{s.email}</span> · joined <LocalTime iso={s.joinedAt} withTime={false} />
            </p>
            <p role="status" className="text-sm">
              {reset?.id === s.id ? (
                <>
                  New password: <code className="font-semibold">{reset.password}</code> — give it to them; it is shown once.
                </>
              ) : null}
            </p>
          </div>
          <ConfirmButton
            label="Reset password"
            accessibleLabel={`Reset the password of ${s.name || s.email}`}
            title={`Reset ${s.name || s.email}'s password?`}
            body="They are signed out everywhere and sign in with the new password, which you are shown once."
            confirmLabel="Reset password"
            className="px-3 py-1.5"
            onConfirm={async () => {
              const { password } = await callApi<{ password: string }>(`/api/classes/${classId}/students/${s.id}/password`, {
                method: "POST",
              });
              setReset({ id: s.id, password });
            }}
          />
          <ConfirmButton
            label="Remove"
            accessibleLabel={`Remove ${s.name || s.email}`}
            title={`Remove ${s.name || s.email} from the class?`}
            body="They lose access to this class's assignments. Their submitted attempts stay on record, and they can rejoin with the code."
            confirmLabel="Remove student"
            className="px-3 py-1.5"
            onConfirm={async () => {
              await callApi(`/api/classes/${classId}/students/${s.id}`, { method: "DELETE" });
              router.refresh();
            }}
          />
        </li>
      ))}
    </ul>
  );
}
