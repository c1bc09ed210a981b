import type { PublicQuestion } from "@/lib/quiz/public";
import { spokenBlankPrompt } from "@/lib/reading/question-speech";
import { asRecord, asSpans, asString, asStringArray } from "./answers";
import { MultipleChoice, SingleChoice, TrueFalse } from "./choice-inputs";
import { EvidenceInput } from "./evidence-input";
import { MatchingInput } from "./matching-input";
import { OrderingInput } from "./ordering-input";
import { QuestionShell } from "./question-shell";
import { BlankInputs, NumericInput, ShortInput } from "./text-inputs";

/** The right control for each question type, inside its numbered fieldset. */
export function QuestionField({
  question: q,
  number,
  total,
  value,
  answered,
  onChange,
  locked,
  footer,
}: {
  question: PublicQuestion;
  number: number;
  total: number;
  value: unknown;
  answered: boolean;
  onChange: (value: unknown) => void;
  locked?: boolean;
  footer?: React.ReactNode;
}) {
  const id = `q${number}`;
  let control: React.ReactNode;
  switch (q.type) {
    case "single":
      control = <SingleChoice name={id} options={q.options} value={asString(value)} onChange={onChange} />;
      break;
    case "multiple":
      control = <MultipleChoice name={id} options={q.options} value={asStringArray(value)} onChange={onChange} />;
      break;
    case "truefalse":
      control = <TrueFalse name={id} value={typeof value === "boolean" ? value : undefined} onChange={onChange} />;
      break;
    case "numeric":
      control = <NumericInput id={id} unit={q.unit} value={asString(value)} onChange={onChange} />;
      break;
    case "short":
      control = <ShortInput id={id} value={asString(value)} onChange={onChange} />;
      break;
    case "blank":
      control = <BlankInputs id={id} prompt={q.prompt} blanks={q.blanks} value={asStringArray(value)} onChange={onChange} />;
      break;
    case "ordering":
      control = <OrderingInput id={id} items={q.items} value={asStringArray(value)} onChange={onChange} />;
      break;
    case "matching":
      control = <MatchingInput id={id} left={q.left} right={q.right} value={asRecord(value)} onChange={onChange} />;
      break;
    case "evidence":
      control = (
        <EvidenceInput
          id={id}
          questionId={q.id}
          label={`Question ${number}`}
          maxSelect={q.maxSelect}
          value={asSpans(value)}
          locked={locked}
          onChange={onChange}
        />
      );
      break;
  }
  return (
    <QuestionShell question={q} number={number} total={total} answered={answered} showPrompt={q.type !== "blank"} locked={locked} footer={footer}
      order={q.type === "ordering" ? asStringArray(value) : undefined}
      legendExtra={q.type === "blank" ? <span className="sr-only">: {spokenBlankPrompt(q.prompt)}</span> : null}
    >
      {control}
    </QuestionShell>
  );
}
