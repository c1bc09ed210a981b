"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { buttonClass, inputClass } from "@/app/_components/ui";
import { ApiError, callApi, messageOf } from "../../../_components/api";
import { ConfirmButton } from "../../../_components/confirm-button";
import { FieldError, labelClass } from "../../../_components/field-error";

/** Rename the class, archive it (students can no longer join or start work) or restore it. */
export function ClassSettings({ id, name, archived }: { id: string; name: string; archived: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const errorId = useId();

  async function rename(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("name") ?? "");
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      await callApi(`/api/classes/${id}`, { method: "PATCH", body: { name: value } });
      setSaved("Name saved.");
      router.refresh();
    } catch (err) {
      setError(err instanceof ApiError && err.issues[0] ? err.issues[0].message : messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  async function setArchived(value: boolean) {
    await callApi(`/api/classes/${id}`, { method: "PATCH", body: { archived: value } });
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <form onSubmit={rename} noValidate className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-60">
          <label htmlFor={nameId} className={labelClass}>
            Class name
          </label>
          <input
            id={nameId}
            name="name"
            defaultValue={name}
            maxLength={100}
            required
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={errorId}
            className={inputClass}
          />
        </div>
        <button type="submit" disabled={busy} className={buttonClass("secondary")}>
          {busy ? "Saving…" : "Rename"}
        </button>
        <div className="basis-full">
          <FieldError id={errorId} messages={error} />
          <p aria-live="polite" className="text-sm text-emerald-800 empty:hidden dark:text-emerald-300">
            {saved}
          </p>
        </div>
      </form>
      {archived ? (
        <ConfirmButton
          label="Restore class"
          title="Restore this class?"
          body="Students can join with the code again and start the assignments that are open."
          confirmLabel="Restore"
          confirmVariant="primary"
          onConfirm={() => setArchived(false)}
        />
      ) : (
        <ConfirmButton
          label="Archive class"
          title="Archive this class?"
          body={
            <>
              Students will no longer see it, join it or start its assignments. The gradebook and every
              recorded attempt are kept, and you can restore the class at any time.
            </>
          }
          confirmLabel="Archive"
          onConfirm={() => setArchived(true)}
        />
      )}
    </div>
  );
}
