"use client";

import { useRovingTabIndex } from "@/app/_components/roving";
import { buttonClass } from "@/app/_components/ui";
import { Badge } from "../../_components/badge";

export type QuizStatus = "draft" | "published" | "archived";

type Props = {
  mode: "new" | "edit";
  status: QuizStatus;
  dirty: boolean;
  busy: string | null;
  message: string;
  /** The student preview's address (edit mode); it opens in a new tab. */
  previewHref?: string;
  /** The printable answer key's address (edit mode). */
  keyHref?: string;
  onSave: () => void;
  onPublish: (published: boolean) => void;
  /** Called when the preview link is followed with unsaved changes: save first, then open it. */
  onPreviewUnsaved: () => void;
  onStartOver?: () => void;
  /** "Assign" once the quiz is published. */
  assign?: React.ReactNode;
};

/** Save, publish, preview and assign, with the quiz's state in words and one live line of news. */
export function EditorToolbar(props: Props) {
  const { mode, status, dirty, busy, message, previewHref, keyHref, onSave, onPublish, onPreviewUnsaved, onStartOver, assign } = props;
  const published = status === "published";
  // One Tab stop for the actions (arrow keys move between them), so the questions are near.
  const roving = useRovingTabIndex<HTMLDivElement>(":scope > button, :scope > a");
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-center gap-2">
        {mode === "edit" && (
          <Badge tone={published ? "good" : status === "archived" ? "warn" : "neutral"}>
            {published ? "Published" : status === "archived" ? "Archived" : "Draft"}
          </Badge>
        )}
        <span className="text-sm text-slate-700 dark:text-slate-300">{dirty ? "Unsaved changes" : mode === "new" ? "Not saved yet" : "Saved"}</span>
        <div role="toolbar" aria-label="Quiz actions" {...roving} className="ml-auto flex flex-wrap gap-2">
          {onStartOver && (
            <button type="button" onClick={onStartOver} disabled={busy !== null} className={buttonClass("ghost")}>
              Start over
            </button>
          )}
          {previewHref && (
            <a
              href={previewHref}
              target="_blank"
              rel="noopener"
              onClick={(e) => {
                if (!dirty) return;
                e.preventDefault();
                onPreviewUnsaved();
              }}
              className={buttonClass("secondary")}
            >
              {dirty ? "Save and preview as a student" : "Preview as a student"}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          )}
          {keyHref && !dirty && (
            <a href={keyHref} className={buttonClass("ghost")}>
              Answer key
            </a>
          )}
          {mode === "edit" && (
            <button type="button" onClick={() => onPublish(!published)} disabled={busy !== null} className={buttonClass("secondary")}>
              {busy === "publish" ? "Working…" : published ? "Unpublish" : dirty ? "Save and publish" : "Publish"}
            </button>
          )}
          {published && assign}
          <button type="button" onClick={onSave} disabled={busy !== null || (mode === "edit" && !dirty)} className={buttonClass("primary")}>
            {busy === "save" ? "Saving…" : mode === "new" ? "Save as draft" : "Save"}
          </button>
        </div>
      </div>
      {mode === "edit" && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {published
            ? "Published: you can assign it to your classes, whose students can then take it. Editing it never changes results already recorded: a changed question becomes a new version, and attempts already made keep the version they answered."
            : "A draft: only you can see it. Preview it as a student at any time; publish it to assign it to your classes."}
        </p>
      )}
      <p role="status" className="text-sm font-medium empty:hidden">
        {message}
      </p>
    </div>
  );
}
