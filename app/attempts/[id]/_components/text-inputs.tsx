import { BLANK_PATTERN } from "@/lib/quiz/schema";
import { inputClass } from "../../../_components/ui";

export function NumericInput({
  id,
  unit,
  value,
  onChange,
}: {
  id: string;
  unit?: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        Your answer{unit ? ` (in ${unit})` : ""}
      </label>
      <div className="mt-1 flex max-w-xs items-center gap-2">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={inputClass}
        />
        {unit ? (
          <span aria-hidden="true" className="shrink-0 text-slate-700 dark:text-slate-300">
            {unit}
          </span>
        ) : null}
      </div>
    </div>
  );
}

export function ShortInput({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        Your answer
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        maxLength={500}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`mt-1 max-w-md ${inputClass}`}
      />
    </div>
  );
}

/**
 * The prompt with an input at each `___`, each labelled "Blank n of m". The fieldset's legend
 * carries the whole sentence (spokenBlankPrompt), so a screen reader hears where a blank sits.
 */
export function BlankInputs({
  id,
  prompt,
  blanks,
  value,
  onChange,
}: {
  id: string;
  prompt: string;
  blanks: number;
  value: string[];
  onChange: (v: string[]) => void;
}) {
  const pieces = prompt.split(new RegExp(BLANK_PATTERN.source));
  const set = (i: number, text: string) => {
    const next = Array.from({ length: blanks }, (_, j) => value[j] ?? "");
    next[i] = text;
    onChange(next);
  };
  return (
    <p className="leading-[2.75rem]" data-question={id} data-speak="prompt">
        {pieces.map((text, i) => (
          <span key={i}>
            {text}
            {i < pieces.length - 1 && i < blanks ? (
              <input
                type="text"
                aria-label={`Blank ${i + 1} of ${blanks}`}
                autoComplete="off"
                maxLength={500}
                value={value[i] ?? ""}
                onChange={(e) => set(i, e.target.value)}
                className={`mx-1 inline-block w-40 max-w-full align-baseline ${inputClass.replace("block w-full", "")}`}
              />
            ) : null}
          </span>
        ))}
    </p>
  );
}
