"use client";

import type { Question } from "@/lib/quiz/schema";
import { FieldError, hintClass } from "../../_components/field-error";
import { ConfirmButton } from "../../_components/confirm-button";
import { NumberField, SmallButton, TextArea } from "./fields";
import { ChoiceKey } from "./keys/choice-key";
import { BlankKey, ShortKey } from "./keys/list-keys";
import { MatchingKey } from "./keys/matching-key";
import { OrderingKey } from "./keys/ordering-key";
import { NumericKey, TrueFalseKey } from "./keys/simple-keys";
import { EvidenceKey } from "./keys/evidence-key";
import { issuesUnder, TYPE_LABELS, withEvidence, type IssueMap } from "@/lib/quiz/editing";

/** Paths each card shows beside a field; issues anywhere else are listed at the top of the card. */
const PLACED = ["prompt", "points", "explanation", "evidence", "answer", "options", "items", "left", "right", "tolerance", "unit", "unitAliases", "maxSelect"];

type Props = {
  q: Question;
  index: number;
  total: number;
  articleText: string;
  issueMap: IssueMap;
  active: boolean;
  regenerating: boolean;
  onChange: (q: Question) => void;
  onActivate: () => void;
  onMove: (to: number) => void;
  onDelete: () => Promise<void>;
  onPickEvidence: () => void;
  onRegenerate?: () => void;
};

const quote = (text: string) => (text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text);

export function QuestionEditor(props: Props) {
  const { q, index, total, articleText, issueMap, active, onChange } = props;
  const base = `questions.${index}`;
  const issues = (path: string, exact = false) =>
    exact ? (issueMap.get(`${base}.${path}`) ?? []) : issuesUnder(issueMap, `${base}.${path}`);
  const unplaced = [...issueMap].filter(
    ([path]) => (path === base || path.startsWith(`${base}.`)) && !PLACED.some((p) => path.startsWith(`${base}.${p}`)),
  );
  const uid = `q-${q.id}`;
  const name = `Question ${index + 1}`;
  const keyProps = { issues, uid, name };
  // An evidence question's key is its evidence: one list, picked in the article, for both.
  const keyed = q.type === "evidence";
  const evidenceIssues = keyed
    ? [...new Set([...issues("answer").map((m) => (/right answer/.test(m) ? "Pick at least one key sentence in the article." : m)), ...issues("evidence")])]
    : issues("evidence");

  return (
    <article
      aria-labelledby={`${uid}-heading`}
      onFocusCapture={props.onActivate}
      onClick={props.onActivate}
      className={`space-y-4 rounded-xl border bg-white p-4 shadow-sm sm:p-5 dark:bg-slate-900 ${
        active ? "border-teal-700 ring-1 ring-teal-700 dark:border-teal-300 dark:ring-teal-300" : "border-slate-200 dark:border-slate-800"
      }`}
    >
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={`${uid}-heading`} tabIndex={-1} className="mr-auto scroll-mt-24 font-semibold outline-none">
          {name} <span className="font-normal text-slate-600 dark:text-slate-400">· {TYPE_LABELS[q.type]}</span>
        </h3>
      </header>

      {unplaced.length > 0 && (
        <ul className="list-disc rounded-lg border border-red-300 bg-red-50 py-2 pr-3 pl-7 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          {unplaced.flatMap(([path, messages]) => messages.map((m) => <li key={`${path}:${m}`}>{m}</li>))}
        </ul>
      )}

      <TextArea
        id={`${uid}-prompt`}
        label="Prompt"
        rows={2}
        value={q.prompt}
        errors={issues("prompt")}
        hint={q.type === "blank" ? "Write ___ where each blank goes." : undefined}
        onChange={(prompt) => onChange({ ...q, prompt })}
      />

      {q.type === "single" && <ChoiceKey {...keyProps} q={q} onChange={onChange} />}
      {q.type === "multiple" && <ChoiceKey {...keyProps} q={q} onChange={onChange} />}
      {q.type === "truefalse" && <TrueFalseKey {...keyProps} q={q} onChange={onChange} />}
      {q.type === "numeric" && <NumericKey {...keyProps} q={q} onChange={onChange} />}
      {q.type === "short" && <ShortKey {...keyProps} q={q} onChange={onChange} />}
      {q.type === "blank" && <BlankKey {...keyProps} q={q} onChange={onChange} />}
      {q.type === "ordering" && <OrderingKey {...keyProps} q={q} onChange={onChange} />}
      {q.type === "matching" && <MatchingKey {...keyProps} q={q} onChange={onChange} />}
      {q.type === "evidence" && <EvidenceKey {...keyProps} q={q} onChange={onChange} />}

      <TextArea
        id={`${uid}-explanation`}
        label="Explanation"
        hint="Shown to students after the answer, when the assignment allows: why the key is right."
        value={q.explanation}
        errors={issues("explanation")}
        onChange={(explanation) => onChange({ ...q, explanation })}
      />

      <div>
        <h4 id={`${uid}-evidence-label`} className="mb-1 text-sm font-semibold">
          {keyed ? "Key sentences" : "Evidence"}
        </h4>
        {q.evidence.length === 0 ? (
          <p className={hintClass}>No sentence chosen yet.</p>
        ) : (
          <ul aria-labelledby={`${uid}-evidence-label`} className="space-y-1.5">
            {q.evidence.map((span, i) => (
              <li key={`${span.start}-${span.end}`} className="flex items-start gap-2 text-sm">
                <blockquote className="min-w-0 flex-1 border-l-4 border-amber-400 pl-2 font-serif break-words text-slate-800 dark:border-amber-500 dark:text-slate-200">
                  {quote(articleText.slice(span.start, span.end))}
                </blockquote>
                <SmallButton
                  label={`Remove ${keyed ? "key sentence" : "evidence"} ${i + 1} from ${name}`}
                  onClick={() => onChange(withEvidence(q, q.evidence.filter((_, j) => j !== i)))}
                >
                  Remove
                </SmallButton>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-2">
          <SmallButton
            onClick={props.onPickEvidence}
            label={keyed ? `Pick the key sentences in the article for ${name}` : `Pick evidence sentences in the article for ${name}`}
          >
            {keyed ? "Pick key sentences in the article" : "Pick evidence in the article"}
          </SmallButton>
        </div>
        <FieldError id={`${uid}-evidence-error`} messages={evidenceIssues} />
      </div>

      <NumberField
        id={`${uid}-points`}
        label="Points"
        min={0.5}
        step="0.5"
        className="max-w-32"
        value={q.points}
        errors={issues("points")}
        onChange={(points) => onChange({ ...q, points })}
      />
      {/* The card's actions come after its fields, so Tab reaches the prompt first. */}
      <footer className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 pt-3 dark:border-slate-800">
        <SmallButton id={`${uid}-up`} label={`Move ${name} up`} disabled={index === 0} onClick={() => props.onMove(index - 1)}>
          Up
        </SmallButton>
        <SmallButton id={`${uid}-down`} label={`Move ${name} down`} disabled={index === total - 1} onClick={() => props.onMove(index + 1)}>
          Down
        </SmallButton>
        {props.onRegenerate && (
          <SmallButton label={`Regenerate ${name}`} disabled={props.regenerating} onClick={props.onRegenerate}>
            {props.regenerating ? "Regenerating…" : "Regenerate"}
          </SmallButton>
        )}
        <ConfirmButton
          label="Delete"
          accessibleLabel={`Delete ${name}`}
          title={`Delete ${name}?`}
          body="It is removed from the quiz when you save. Attempts already made keep the question they answered."
          confirmLabel="Delete question"
          className="px-2.5 py-1.5 text-xs"
          onConfirm={props.onDelete}
        />
      </footer>
    </article>
  );
}
