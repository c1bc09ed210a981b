"use client";

import { useState } from "react";
import type { QuizFile } from "@/lib/quiz/schema";
import { QuizEditor } from "../../_components/quiz-editor";
import { GenerateForm, type GenerateInput } from "./generate-form";

/** Paste → generate → review the draft in the editor → save. */
export function NewQuiz() {
  const [draft, setDraft] = useState<{ quiz: QuizFile; key: number } | null>(null);
  const [input, setInput] = useState<GenerateInput | undefined>();
  if (!draft) {
    return (
      <GenerateForm
        defaults={input}
        onDraft={(quiz, typed) => {
          setInput(typed);
          setDraft({ quiz, key: Date.now() });
        }}
      />
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-slate-700 dark:text-slate-300">
        Here is the draft. Select a question to see its evidence in the article; change anything, then save it.
        Nothing is saved until you do.
      </p>
      <QuizEditor
        key={draft.key}
        mode="new"
        initial={draft.quiz}
        onStartOver={() => {
          if (window.confirm("Discard this draft and start again?")) setDraft(null);
        }}
      />
    </div>
  );
}
