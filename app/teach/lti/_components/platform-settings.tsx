"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import type { PlatformInput } from "@/lib/db/lti-platforms";
import { buttonClass, cardClass, inputClass, mutedText } from "@/app/_components/ui";
import { ApiError, callApi, messageOf } from "../../_components/api";
import { FieldError, hintClass, labelClass } from "../../_components/field-error";

/** A registered platform as the settings page receives it (dates as strings). */
export type PlatformRow = PlatformInput & { id: string; createdAt: string };

const FIELDS = [
  { name: "name", label: "Name", hint: "For you, e.g. “District Canvas”." },
  { name: "issuer", label: "Issuer", hint: "The platform’s iss, e.g. https://canvas.instructure.com" },
  { name: "clientId", label: "Client id", hint: "The id the LMS gave Readcheck (Canvas: the developer key’s id)." },
  { name: "deploymentIds", label: "Deployment ids", hint: "One or more, separated by commas or new lines." },
  { name: "authUrl", label: "Authorization URL", hint: "The platform’s OIDC auth endpoint." },
  { name: "tokenUrl", label: "Access token URL", hint: "The platform’s OAuth2 token endpoint." },
  { name: "jwksUrl", label: "Keyset URL", hint: "The platform’s public JWKS." },
] as const;
type FieldName = (typeof FIELDS)[number]["name"];

function bodyOf(form: HTMLFormElement) {
  const data = new FormData(form);
  const value = (k: FieldName) => String(data.get(k) ?? "").trim();
  return {
    ...Object.fromEntries(FIELDS.map((f) => [f.name, value(f.name)])),
    deploymentIds: value("deploymentIds")
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

/** One form for registering and editing: errors beside their field, announced. */
function PlatformForm({ platform, onDone }: { platform?: PlatformRow; onDone: () => void }) {
  const router = useRouter();
  const id = useId();
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pending = useRef(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending.current) return;
    pending.current = true;
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const body = bodyOf(event.currentTarget);
      await callApi(platform ? `/api/lti/platforms/${platform.id}` : "/api/lti/platforms", { method: platform ? "PUT" : "POST", body });
      router.refresh();
      onDone();
    } catch (err) {
      const issues = err instanceof ApiError ? err.issues : [];
      setErrors(Object.fromEntries(issues.map((i) => [i.path.split(".")[0], i.message])));
      setMessage(messageOf(err));
    } finally {
      pending.current = false;
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2" aria-label={platform ? `Edit ${platform.name}` : "Register a platform"}>
      {FIELDS.map((f) => {
        const fieldId = `${id}-${f.name}`;
        const initial = platform ? (f.name === "deploymentIds" ? platform.deploymentIds.join(", ") : platform[f.name]) : "";
        return (
          <div key={f.name}>
            <label htmlFor={fieldId} className={labelClass}>
              {f.label}
            </label>
            <input
              id={fieldId}
              name={f.name}
              defaultValue={initial}
              autoComplete="off"
              aria-invalid={errors[f.name] ? true : undefined}
              aria-describedby={`${fieldId}-hint ${fieldId}-error`}
              className={inputClass}
            />
            <p id={`${fieldId}-hint`} className={hintClass}>
              {f.hint}
            </p>
            <FieldError id={`${fieldId}-error`} messages={errors[f.name]} />
          </div>
        );
      })}
      <div className="sm:col-span-2 flex items-center gap-3">
        <button type="submit" className={buttonClass("primary")} disabled={busy} aria-disabled={busy || undefined}>
          {busy ? "Saving…" : platform ? "Save changes" : "Register platform"}
        </button>
        {platform ? (
          <button type="button" className={buttonClass("secondary")} onClick={onDone}>
            Cancel
          </button>
        ) : null}
        <p aria-live="polite" className="text-sm font-medium text-red-700 dark:text-red-300">
          {message}
        </p>
      </div>
    </form>
  );
}

function PlatformItem({ platform }: { platform: PlatformRow }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function remove() {
    if (!window.confirm(`Remove ${platform.name}? Launches from it stop working; its classes and scores stay in Readcheck.`)) return;
    try {
      await callApi(`/api/lti/platforms/${platform.id}`, { method: "DELETE" });
      router.refresh();
    } catch (err) {
      setMessage(messageOf(err));
    }
  }

  return (
    <li className={`${cardClass} p-5`}>
      {editing ? (
        <PlatformForm platform={platform} onDone={() => setEditing(false)} />
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0">
            <h3 className="font-semibold">{platform.name}</h3>
            <p className={`break-all text-sm ${mutedText}`}>
              {platform.issuer} · client {platform.clientId} · deployments {platform.deploymentIds.join(", ")}
            </p>
          </div>
          <div className="flex gap-2">
            <button type="button" className={buttonClass("secondary")} onClick={() => setEditing(true)} aria-label={`Edit ${platform.name}`}>
              Edit
            </button>
            <button type="button" className={buttonClass("secondary")} onClick={remove} aria-label={`Remove ${platform.name}`}>
              Remove
            </button>
          </div>
        </div>
      )}
      <p aria-live="polite" className="text-sm text-red-700 dark:text-red-300">
        {message}
      </p>
    </li>
  );
}

/** Rotates the tool's signing key (the old one stays published for a day). */
function RotateKeyButton() {
  const [message, setMessage] = useState<string | null>(null);
  async function rotate() {
    if (!window.confirm("Rotate Readcheck's signing key? Platforms fetch the new key from the keyset URL; the old one keeps working for a day.")) return;
    try {
      await callApi("/api/lti/keys", { method: "POST" });
      setMessage("Rotated. The new key signs from now on.");
    } catch (err) {
      setMessage(messageOf(err));
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" className={buttonClass("secondary")} onClick={rotate}>
        Rotate signing key
      </button>
      <p aria-live="polite" className={`text-sm ${mutedText}`}>
        {message}
      </p>
    </div>
  );
}

export function PlatformSettings({ initial }: { initial: PlatformRow[] }) {
  const [formKey, setFormKey] = useState(0);
  return (
    <>
      <RotateKeyButton />
      <section aria-labelledby="platforms-heading" className="space-y-3">
        <h2 id="platforms-heading" className="text-lg font-semibold">
          Registered platforms
        </h2>
        {initial.length === 0 ? (
          <p className={mutedText}>None yet.</p>
        ) : (
          <ul className="space-y-3">
            {initial.map((p) => (
              <PlatformItem key={`${p.id}-${p.name}-${p.clientId}`} platform={p} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="register-heading" className={`${cardClass} space-y-4 p-5`}>
        <h2 id="register-heading" className="text-lg font-semibold">
          Register a platform
        </h2>
        <PlatformForm key={formKey} onDone={() => setFormKey((k) => k + 1)} />
      </section>
    </>
  );
}
