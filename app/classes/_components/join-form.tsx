"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { buttonClass, inputClass } from "@/app/_components/ui";

type Result = { ok: true; name: string } | { ok: false; message: string };

async function join(code: string): Promise<Result> {
  try {
    const response = await fetch("/api/classes/join", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code }),
    });
    const data = (await response.json().catch(() => null)) as {
      class?: { name?: string };
      error?: { message?: string; issues?: { path: string; message: string }[] };
    } | null;
    if (response.ok) return { ok: true, name: data?.class?.name ?? "the class" };
    // A malformed code comes back as a field issue with the friendlier message.
    const message = data?.error?.issues?.find((i) => i.path === "code")?.message ?? data?.error?.message;
    return { ok: false, message: message ?? "That did not work. Try again." };
  } catch {
    return { ok: false, message: "Could not reach Readcheck. Check your connection and try again." };
  }
}

/** "Join a class": the code the teacher gave out, typed in any case, with or without the dash. */
export function JoinForm() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [joined, setJoined] = useState("");
  const [busy, setBusy] = useState(false);
  const uid = useId();

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const code = String(new FormData(form).get("code") ?? "").trim();
    setJoined("");
    if (!code) {
      setError("Type the code your teacher gave you.");
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await join(code);
    setBusy(false);
    if (result.ok) {
      form.reset();
      setJoined(`You joined “${result.name}”. Its assignments are below.`);
      router.refresh();
    } else {
      setError(result.message);
      input.current?.focus();
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      <label htmlFor={`${uid}-code`} className="block text-sm font-semibold">
        Class code
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={input}
          id={`${uid}-code`}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          placeholder="•••-••••"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${uid}-hint ${uid}-error`}
          className={`${inputClass} max-w-56 font-mono uppercase tracking-wider`}
        />
        <button type="submit" disabled={busy} className={buttonClass("primary")}>
          {busy ? "Joining…" : "Join"}
        </button>
      </div>
      <p id={`${uid}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
        Seven letters and digits from your teacher (codes never use 0, 1, I, L or O). Upper or lower case, with or without the dash.
      </p>
      <p id={`${uid}-error`} aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-300">
        {error}
      </p>
      <p aria-live="polite" className="text-sm font-medium text-emerald-800 empty:hidden dark:text-emerald-300">
        {joined}
      </p>
    </form>
  );
}
