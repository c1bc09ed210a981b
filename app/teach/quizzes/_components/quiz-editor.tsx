"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { QUESTION_TYPES, type Question, type QuestionType, type QuizFile } from "@/lib/quiz/schema";
import { SkipLink } from "@/app/_components/skip-link";
import { ApiError, callApi, messageOf } from "../../_components/api";
import { ArticlePane } from "./article-pane";
import { AddQuestion } from "./add-question";
import { AssignDialog, type ClassChoice } from "./assign-dialog";
import { ExportMenu } from "./export-menu";
import { EditorToolbar, type QuizStatus } from "./editor-toolbar";
import { DateField, TextArea, TextField } from "./fields";
import { IssueSummary } from "./issue-summary";
import { freshId, move, newQuestion, replaceAt, toggleEvidence, withEvidence } from "@/lib/quiz/editing";
import { QuestionEditor } from "./question-editor";
import { useQuizDraft } from "./use-quiz-draft";
import { useUnsavedWarning } from "./use-unsaved-warning";

type Props =
  | { mode: "new"; initial: QuizFile; onStartOver: () => void }
  | { mode: "edit"; initial: QuizFile; quizId: string; status: QuizStatus; classes: ClassChoice[] };

/**
 * The quiz editor: the article on one side (each question's evidence highlighted, sentences
 * pickable), the questions on the other. Used for a fresh generator draft ("new", saved with
 * POST) and for a saved quiz ("edit", saved with PUT, published, previewed).
 */
export function QuizEditor(props: Props) {
  const router = useRouter();
  const state = useQuizDraft(props.initial);
  const { draft, issues } = state;
  const [activeId, setActiveId] = useState<string | null>(draft.questions[0]?.id ?? null);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [regenerating, setRegenerating] = useState<string | null>(null);
  const [status, setStatus] = useState<QuizStatus>(props.mode === "edit" ? props.status : "draft");
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const pane = useRef<HTMLElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const replaced = useRef(new Map<string, string[]>());
  useUnsavedWarning(state.dirty);

  // A link to one question (from item analysis: "#q-<id>-heading") selects it and moves focus there.
  useEffect(() => {
    const ref = /^#q-(.+)-heading$/.exec(decodeURIComponent(window.location.hash))?.[1];
    if (ref && draft.questions.some((q) => q.id === ref)) {
      setActiveId(ref);
      setFocusAfter(`q-${ref}-heading`);
    }
    // Only on arrival: later hash changes are the page's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!focusAfter) return;
    document.getElementById(focusAfter)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const activeIndex = draft.questions.findIndex((q) => q.id === activeId);
  const active = activeIndex >= 0 ? draft.questions[activeIndex]! : null;
  const setQuestion = (i: number, q: Question) => state.setQuestions(replaceAt(draft.questions, i, q));

  function failed(err: unknown) {
    if (err instanceof ApiError && err.issues.length) state.showServerIssues(err.issues);
    setMessage(messageOf(err));
    summary.current?.focus();
  }

  /** Saves if there is anything to save; false when it could not. */
  async function save(): Promise<boolean> {
    const file = state.validate();
    if (!file) {
      setMessage("Not saved: fix the problems listed above.");
      summary.current?.focus();
      return false;
    }
    setBusy("save");
    setMessage("Saving…");
    try {
      if (props.mode === "new") {
        const { quiz } = await callApi<{ quiz: { id: string } }>("/api/quizzes", { body: { quiz: file } });
        state.markSaved(draft);
        setMessage("Saved as a draft. Opening the editor…");
        router.push(`/teach/quizzes/${quiz.id}/edit`);
        return true;
      }
      const res = await callApi<{ file: QuizFile }>(`/api/quizzes/${props.quizId}`, { method: "PUT", body: { quiz: file } });
      state.markSaved(res.file);
      setMessage("All changes saved.");
      router.refresh();
      return true;
    } catch (err) {
      failed(err);
      return false;
    } finally {
      setBusy(null);
    }
  }

  async function publish(published: boolean) {
    if (props.mode !== "edit") return;
    if (state.dirty && !(await save())) return;
    setBusy("publish");
    try {
      await callApi(`/api/quizzes/${props.quizId}/publish`, { body: { published } });
      setStatus(published ? "published" : "draft");
      setMessage(published ? "Published. Assign it to your classes with “Assign”." : "Back to draft: students can no longer start it.");
      router.refresh();
    } catch (err) {
      failed(err);
    } finally {
      setBusy(null);
    }
  }

  /** The preview shows what is saved: with unsaved edits, save first, then open it in a new tab. */
  async function previewUnsaved() {
    if (props.mode !== "edit") return;
    // Opened now, while the click still counts as the user's: after the save, a pop-up blocker would stop it.
    const tab = window.open("about:blank", "_blank");
    if (await save()) {
      if (tab) tab.location.href = `/teach/quizzes/${props.quizId}/preview`;
      else setMessage("Saved. Your browser blocked the preview tab; use “Preview as a student” again.");
    } else tab?.close();
  }

  async function regenerate(i: number) {
    if (props.mode !== "edit") return;
    const q = draft.questions[i]!;
    // Candidates offered before (by id) and the prompts in the editor: each press gives a new one.
    const seen = [...(replaced.current.get(q.id) ?? []), ...draft.questions.map((x) => x.prompt)];
    setRegenerating(q.id);
    try {
      const { question, candidateId } = await callApi<{ question: Question; candidateId: string }>(`/api/quizzes/${props.quizId}/regenerate`, {
        body: { questionId: q.id, exclude: [...new Set(seen)].slice(-200) },
      });
      replaced.current.set(q.id, [...(replaced.current.get(q.id) ?? []), candidateId]);
      setQuestion(i, question);
      setMessage(`Question ${i + 1} replaced with a new one. Save to keep it.`);
    } catch (err) {
      setMessage(messageOf(err));
    } finally {
      setRegenerating(null);
    }
  }

  function moveQuestion(from: number, to: number) {
    const id = draft.questions[from]!.id;
    state.setQuestions(move(draft.questions, from, to));
    setMessage(`Question ${from + 1} moved to position ${to + 1}.`);
    const last = draft.questions.length - 1;
    setFocusAfter(to === 0 ? `q-${id}-down` : to === last ? `q-${id}-up` : `q-${id}-${to < from ? "up" : "down"}`);
  }

  async function deleteQuestion(i: number) {
    const rest = draft.questions.filter((_, j) => j !== i);
    state.setQuestions(rest);
    setMessage(`Question ${i + 1} deleted. Save to make it final.`);
    const next = rest[Math.min(i, rest.length - 1)];
    if (next) {
      setActiveId(next.id);
      setFocusAfter(`q-${next.id}-heading`);
    } else setFocusAfter("add-question-type");
  }

  function addQuestion(type: QuestionType) {
    const id = freshId("q", draft.questions.map((q) => q.id));
    state.setQuestions([...draft.questions, newQuestion(type, id)]);
    setActiveId(id);
    setFocusAfter(`q-${id}-prompt`);
  }

  function pickEvidence(id: string) {
    setActiveId(id);
    pane.current?.scrollIntoView({ block: "start" });
    // Focus the first chosen sentence (or the first one) once the pane shows the buttons.
    requestAnimationFrame(() => {
      const root = pane.current;
      const target = root?.querySelector<HTMLElement>('[aria-pressed="true"]') ?? root?.querySelector<HTMLElement>("[aria-pressed]");
      (target ?? root)?.focus();
    });
  }

  return (
    <div className="space-y-6">
      {/* Past the toolbar, title and description: the first prompt is two key presses from here. */}
      <SkipLink href="#questions-heading">Skip to questions</SkipLink>
      <EditorToolbar
        mode={props.mode}
        status={status}
        dirty={state.dirty}
        busy={busy}
        message={message}
        onSave={save}
        onPublish={publish}
        previewHref={props.mode === "edit" ? `/teach/quizzes/${props.quizId}/preview` : undefined}
        keyHref={props.mode === "edit" ? `/teach/quizzes/${props.quizId}/key` : undefined}
        onPreviewUnsaved={previewUnsaved}
        onStartOver={props.mode === "new" ? props.onStartOver : undefined}
        assign={
          props.mode === "edit" ? <AssignDialog quizId={props.quizId} classes={props.classes} onAssigned={setMessage} /> : undefined
        }
      />
      <IssueSummary ref={summary} issues={issues} quiz={draft} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="quiz-title"
          label="Quiz title"
          value={draft.title}
          maxLength={200}
          errors={issues.get("title")}
          onChange={(title) => state.update({ ...draft, title })}
        />
        <TextArea
          id="quiz-description"
          label="Description for students (optional)"
          rows={1}
          value={draft.description ?? ""}
          errors={issues.get("description")}
          onChange={(d) => state.update({ ...draft, description: d === "" ? undefined : d })}
        />
      </div>
      {/* Questions first in reading and Tab order; the article is beside them on wide screens. */}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
        <section aria-labelledby="questions-heading" className="space-y-4">
          <h2 id="questions-heading" tabIndex={-1} className="scroll-mt-24 text-xl font-semibold outline-none">
            Questions ({draft.questions.length})
          </h2>
          <ol className="space-y-4">
            {draft.questions.map((q, i) => (
              <li key={q.id}>
                <QuestionEditor
                  q={q}
                  index={i}
                  total={draft.questions.length}
                  articleText={draft.article.text}
                  issueMap={issues}
                  active={q.id === activeId}
                  regenerating={regenerating === q.id}
                  onChange={(next) => setQuestion(i, next)}
                  onActivate={() => setActiveId(q.id)}
                  onMove={(to) => moveQuestion(i, to)}
                  onDelete={async () => deleteQuestion(i)}
                  onPickEvidence={() => pickEvidence(q.id)}
                  onRegenerate={props.mode === "edit" ? () => regenerate(i) : undefined}
                />
              </li>
            ))}
          </ol>
          <AddQuestion types={QUESTION_TYPES} onAdd={addQuestion} />
        </section>
        <div className="lg:sticky lg:top-20">
          <ArticlePane
            ref={pane}
            title={draft.article.title}
            text={draft.article.text}
            evidence={active?.evidence ?? []}
            activeLabel={active ? `Question ${activeIndex + 1}` : null}
            pickWhat={active?.type === "evidence" ? "key" : "evidence"}
            onToggle={(s) => active && setQuestion(activeIndex, withEvidence(active, toggleEvidence(active.evidence, s)))}
            onBack={() => active && document.getElementById(`q-${active.id}-heading`)?.focus()}
          />
        </div>
      </div>
      {/* After the questions: exporting and the article's details are not steps before the first question. */}
      {props.mode === "edit" ? <ExportMenu quizId={props.quizId} dirty={state.dirty} /> : null}
      <fieldset className="grid gap-4 rounded-xl border border-slate-200 p-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)] dark:border-slate-800">
        <legend className="px-1 text-sm font-semibold">The article, as students see it above the text</legend>
        <TextField
          id="article-headline"
          label="Headline"
          value={draft.article.title}
          maxLength={300}
          errors={issues.get("article.title")}
          onChange={(title) => state.update({ ...draft, article: { ...draft.article, title } })}
        />
        <TextField
          id="article-source"
          label="Source (optional)"
          value={draft.article.source ?? ""}
          placeholder="e.g. The Guardian"
          maxLength={300}
          errors={issues.get("article.source")}
          onChange={(source) => state.update({ ...draft, article: { ...draft.article, source: source === "" ? undefined : source } })}
        />
        <DateField
          id="article-published-on"
          label="Published on (optional)"
          value={draft.article.publishedOn ?? ""}
          errors={issues.get("article.publishedOn")}
          onChange={(d) => state.update({ ...draft, article: { ...draft.article, publishedOn: d === "" ? undefined : d } })}
        />
      </fieldset>
    </div>
  );
}
