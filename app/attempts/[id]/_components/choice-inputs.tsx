import type { Choice } from "@/lib/quiz/schema";

const optionClass =
  "flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 px-3 py-2.5 hover:bg-slate-50 has-checked:border-teal-700 has-checked:bg-teal-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-teal-700 dark:border-slate-600 dark:hover:bg-slate-800 dark:has-checked:border-teal-300 dark:has-checked:bg-teal-950 dark:has-focus-visible:outline-teal-300";
const controlClass = "mt-1 h-4 w-4 shrink-0 accent-teal-700 dark:accent-teal-300 focus-visible:outline-none";

/** One option: the whole row is the label, so it is a large target for finger and mouse. */
function Option({
  type,
  name,
  value,
  checked,
  onChange,
  children,
}: {
  type: "radio" | "checkbox";
  name: string;
  value: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: React.ReactNode;
}) {
  return (
    <label className={optionClass} data-speak={`option:${value}`}>
      <input
        type={type}
        name={name}
        value={value}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className={controlClass}
      />
      <span>{children}</span>
    </label>
  );
}

/** Radio group: arrow keys move between options, as native radios do. */
export function SingleChoice({
  name,
  options,
  value,
  onChange,
}: {
  name: string;
  options: Choice[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <div className="space-y-2">
      {options.map((o) => (
        <Option key={o.id} type="radio" name={name} value={o.id} checked={value === o.id} onChange={() => onChange(o.id)}>
          {o.text}
        </Option>
      ))}
    </div>
  );
}

export function MultipleChoice({
  name,
  options,
  value,
  onChange,
}: {
  name: string;
  options: Choice[];
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const toggle = (id: string, on: boolean) => {
    // Keep the options' order so the saved answer reads naturally.
    const next = new Set(value);
    if (on) next.add(id);
    else next.delete(id);
    onChange(options.map((o) => o.id).filter((x) => next.has(x)));
  };
  return (
    <div className="space-y-2">
      {options.map((o) => (
        <Option
          key={o.id}
          type="checkbox"
          name={name}
          value={o.id}
          checked={value.includes(o.id)}
          onChange={(on) => toggle(o.id, on)}
        >
          {o.text}
        </Option>
      ))}
    </div>
  );
}

export function TrueFalse({
  name,
  value,
  onChange,
}: {
  name: string;
  value: boolean | undefined;
  onChange: (v: boolean) => void;
}) {
  return (
    <div className="grid grid-cols-2 gap-2 sm:max-w-sm">
      {[true, false].map((v) => (
        <Option key={String(v)} type="radio" name={name} value={String(v)} checked={value === v} onChange={() => onChange(v)}>
          {v ? "True" : "False"}
        </Option>
      ))}
    </div>
  );
}
