import type { Choice } from "@/lib/quiz/schema";
import { inputClass } from "../../../_components/ui";

/**
 * One labelled <select> per left-hand item; native selects work with keyboard and screen readers.
 * Each select takes the full width under its label: beside it, half a column cut options off.
 */
export function MatchingInput({
  id,
  left,
  right,
  value,
  onChange,
}: {
  id: string;
  left: Choice[];
  right: Choice[];
  value: Record<string, string>;
  onChange: (pairs: Record<string, string>) => void;
}) {
  return (
    <div className="space-y-3">
      {left.map((l, i) => {
        const selectId = `${id}-match-${i}`;
        return (
          <div key={l.id} className="grid gap-1">
            <label htmlFor={selectId} className="font-medium" data-speak={`left:${l.id}`}>
              {l.text}
            </label>
            <select
              id={selectId}
              value={value[l.id] ?? ""}
              onChange={(e) => onChange({ ...value, [l.id]: e.target.value })}
              className={inputClass}
            >
              <option value="">Choose a match…</option>
              {right.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.text}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}
