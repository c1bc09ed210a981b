"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass } from "@/app/_components/ui";
import { callApi } from "../../../_components/api";
import { ConfirmButton } from "../../../_components/confirm-button";

/** The join code, big enough to read from the back of a classroom, with copy and regenerate. */
export function JoinCodePanel({ id, code, archived }: { id: string; code: string; archived: boolean }) {
  const router = useRouter();
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(`Copied ${code} to the clipboard.`);
    } catch {
      setStatus("Could not copy; select the code and copy it yourself.");
    }
  }

  async function regenerate() {
    const { joinCode } = await callApi<{ joinCode: string }>(`/api/classes/${id}/join-code`, { method: "POST" });
    setStatus(`New code: ${joinCode.slice(0, 3)}-${joinCode.slice(3)}. The old code no longer works.`);
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <p
        className="select-all break-all font-mono text-4xl font-bold tracking-[0.2em] text-slate-900 sm:text-5xl dark:text-slate-50"
        aria-label={`Join code ${code.split("").join(" ")}`}
        data-testid="join-code"
      >
        {code}
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {archived
          ? "This class is archived: the code does not work until you restore it."
          : "Students open Classes, choose “Join a class” and type this code. Case and the dash do not matter."}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={copy} className={buttonClass("secondary")}>
          Copy code
        </button>
        <ConfirmButton
          label="Regenerate"
          accessibleLabel="Regenerate join code"
          title="Make a new join code?"
          body="The current code stops working at once. Students already in the class stay in it."
          confirmLabel="Make a new code"
          onConfirm={regenerate}
        />
      </div>
      <p aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
        {status}
      </p>
    </div>
  );
}
