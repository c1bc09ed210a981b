import { cardClass, mutedText } from "@/app/_components/ui";
import { describeSeries, skillLabel, type SkillSeries } from "@/lib/classes/skill-report";

const W = 260;
const H = 72;
const PAD = 8;

/** A small line chart of one skill's percentage per assignment; the sentence beside it says the same. */
function SkillChart({ series }: { series: SkillSeries }) {
  const n = series.points.length;
  const x = (i: number) => (n === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (n - 1));
  const y = (p: number) => H - PAD - (p / 100) * (H - 2 * PAD);
  const path = series.points.map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(p.percent).toFixed(1)}`).join(" ");
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-20 w-full max-w-xs" role="img" aria-label={describeSeries(series)}>
      {[0, 50, 100].map((g) => (
        <line key={g} x1={PAD} x2={W - PAD} y1={y(g)} y2={y(g)} className="stroke-slate-300 dark:stroke-slate-700" strokeWidth={1} strokeDasharray={g === 50 ? "3 3" : undefined} />
      ))}
      {n > 1 && <path d={path} fill="none" strokeWidth={2.5} className="stroke-teal-700 dark:stroke-teal-300" />}
      {series.points.map((p, i) => (
        <circle key={p.assignmentId} cx={x(i)} cy={y(p.percent)} r={4} className="fill-teal-700 dark:fill-teal-300" />
      ))}
    </svg>
  );
}

/** Each skill's overall share of marks, its chart over time, and the same figures as a table. */
export function SkillReport({ series, empty }: { series: SkillSeries[]; empty: string }) {
  if (series.length === 0) return <p className={`${cardClass} p-5 ${mutedText}`}>{empty}</p>;
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {series.map((s) => (
        <li key={s.skill} className={`${cardClass} p-4`}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-semibold">{skillLabel(s.skill)}</h3>
            <span className="text-lg font-bold">{Math.round(s.percent)}%</span>
          </div>
          <p className={`text-sm ${mutedText}`}>
            {s.answers} {s.answers === 1 ? "answer" : "answers"} over {s.points.length}{" "}
            {s.points.length === 1 ? "assignment" : "assignments"}
          </p>
          <SkillChart series={s} />
          <details className="mt-1 text-sm">
            <summary className="cursor-pointer font-medium text-teal-800 dark:text-teal-300">Show as a table</summary>
            <table className="mt-2 w-full text-left">
              <caption className="sr-only">{skillLabel(s.skill)} by assignment</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-1 font-semibold">
                    Assignment
                  </th>
                  <th scope="col" className="py-1 text-right font-semibold">
                    Marks earned
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.points.map((p) => (
                  <tr key={p.assignmentId} className="border-t border-slate-200 dark:border-slate-800">
                    <td className="py-1 pr-2 break-words">{p.title}</td>
                    <td className="py-1 text-right tabular-nums">{Math.round(p.percent)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </li>
      ))}
    </ul>
  );
}
