import { linkClass } from "@/app/_components/ui";
import { discriminationInterval, facilityInterval, formatInterval, itemFlags } from "@/lib/classes/item-flags";
import { TYPE_LABELS } from "@/lib/quiz/editing";
import { CheckIcon, DiscriminationBar, FacilityBar, OptionBar, WarningIcon } from "./charts";

export type Item = {
  id: string;
  ref: string;
  type: string;
  prompt: string;
  points: number;
  responses: number;
  facility: number | null;
  discrimination: number | null;
  options?: { id: string; text: string; correct: boolean; count: number }[];
};


/** One question's statistics; `editHref` links to it in the editor when the teacher owns the quiz. */
export function ItemCard({ item, number, editHref }: { item: Item; number: number; editHref?: string }) {
  const flags = itemFlags(item);
  const facilityRange = item.facility === null ? null : facilityInterval(item.facility, item.responses);
  const discriminationRange = item.discrimination === null ? null : discriminationInterval(item.discrimination, item.responses);
  const headingId = `item-${item.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <header className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <h2 id={headingId} className="min-w-0 flex-1 basis-64 font-semibold break-words">
          <span className="text-slate-600 dark:text-slate-400">Q{number}. </span>
          {item.prompt}
        </h2>
        <span className="text-sm text-slate-600 dark:text-slate-400">
          {TYPE_LABELS[item.type as keyof typeof TYPE_LABELS] ?? item.type} · {item.responses} {item.responses === 1 ? "answer" : "answers"}
        </span>
        {editHref && (
          // A full page load: the editor reads the question from the URL's #fragment when it starts.
          <a href={editHref} className={`${linkClass} text-sm`}>
            Edit this question<span className="sr-only"> (Q{number})</span>
          </a>
        )}
      </header>

      {flags.length > 0 && (
        <div className="mt-3 rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
          <p className="flex items-center gap-1.5 font-semibold">
            <WarningIcon /> Check this question
          </p>
          <ul className="mt-1 list-disc pl-6">
            {flags.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </div>
      )}

      <dl className="mt-4 grid gap-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold">Facility</dt>
          <dd className="mt-1 space-y-1">
            {item.facility === null ? (
              <span className="text-sm text-slate-600 dark:text-slate-400">No answers yet</span>
            ) : (
              <>
                <span className="text-lg font-bold">{Math.round(item.facility * 100)}%</span>
                <FacilityBar value={item.facility} />
                {facilityRange && (
                  <span className="block text-xs text-slate-600 dark:text-slate-400">95% range {formatInterval(facilityRange, true)}</span>
                )}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold">Discrimination</dt>
          <dd className="mt-1 space-y-1">
            {item.discrimination === null ? (
              <span className="text-sm text-slate-600 dark:text-slate-400">
                Not enough data (needs two or more students with different results)
              </span>
            ) : (
              <>
                <span className="text-lg font-bold">{item.discrimination.toFixed(2)}</span>
                <DiscriminationBar value={item.discrimination} />
                {discriminationRange && (
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    95% range {formatInterval(discriminationRange, false)}
                  </span>
                )}
              </>
            )}
          </dd>
        </div>
      </dl>

      {item.options && (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">What students picked</h3>
          <ul className="mt-2 space-y-2">
            {item.options.map((o) => {
              const share = item.responses ? Math.round((100 * o.count) / item.responses) : 0;
              return (
                <li key={o.id} className="grid gap-1 sm:grid-cols-[minmax(0,1fr)_12rem_6rem] sm:items-center sm:gap-3">
                  <span className="flex min-w-0 items-start gap-1.5 text-sm break-words">
                    {o.correct ? (
                      <span className="inline-flex shrink-0 items-center gap-0.5 font-semibold text-emerald-800 dark:text-emerald-300">
                        <CheckIcon />
                        <span>Right answer:</span>
                      </span>
                    ) : null}
                    <span>{o.text}</span>
                  </span>
                  <OptionBar count={o.count} total={item.responses} correct={o.correct} />
                  <span className="text-sm tabular-nums text-slate-700 dark:text-slate-300">
                    {o.count} ({share}%)
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </article>
  );
}
