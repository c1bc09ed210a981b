import Link from "next/link";
import type { Gradebook, GradebookCell } from "@/lib/classes/gradebook";
import { linkClass } from "@/app/_components/ui";
import { LocalTime } from "@/app/_components/local-time";
import { LateMark, MissingMark, pct } from "./marks";

const sticky =
  "sticky left-0 z-10 text-left shadow-[1px_0_0_0_var(--color-slate-200)] dark:shadow-[1px_0_0_0_var(--color-slate-700)]";
const stickyCell = `${sticky} bg-white dark:bg-slate-900`;
const th = "px-3 py-2 font-semibold";
const td = "px-3 py-2 whitespace-nowrap";

function Cell({ cell, student, title }: { cell: GradebookCell; student: string; title: string }) {
  if (cell.state === "missing") return <MissingMark />;
  if (cell.state === "not_due") {
    return (
      <span className="text-slate-600 dark:text-slate-400">
        <span aria-hidden="true">—</span>
        <span className="sr-only">Not submitted yet</span>
      </span>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5">
      <Link
        href={`/attempts/${cell.attemptId}/results`}
        className={linkClass}
        aria-label={`${student}, ${title}: ${pct(cell.percent)}${cell.late ? ", late" : ""}. Open the attempt.`}
      >
        {pct(cell.percent)}
      </Link>
      {cell.late && <LateMark />}
      {cell.attempts > 1 && (
        <span className="text-xs text-slate-600 dark:text-slate-400">best of {cell.attempts}</span>
      )}
    </span>
  );
}

/** Students × assignments; the first column stays put while the rest scrolls sideways. */
export function GradebookTable({ classId, className, book }: { classId: string; className: string; book: Gradebook }) {
  return (
    <div
      role="region"
      aria-labelledby="gradebook-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-teal-700 dark:border-slate-800 dark:bg-slate-900 dark:focus-visible:outline-teal-300"
    >
      <table className="min-w-full border-collapse text-sm">
        <caption id="gradebook-caption" className="sr-only">
          Gradebook for {className}: each student’s best score per assignment, with late and missing work marked,
          and averages per student (last column) and per assignment (last row).
        </caption>
        <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800/60">
          <tr>
            <th scope="col" className={`${th} ${sticky} bg-slate-50 dark:bg-slate-800`}>
              Student
            </th>
            {book.assignments.map((a) => (
              <th key={a.id} scope="col" className={`${th} min-w-36 text-left align-bottom`}>
                <Link href={`/teach/assignments/${a.id}`} className={`${linkClass} line-clamp-2`}>
                  {a.title}
                </Link>
                <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                  {a.dueAt ? (
                    <>
                      Due <LocalTime iso={a.dueAt.toISOString()} withTime={false} />
                    </>
                  ) : (
                    "No due date"
                  )}
                </span>
              </th>
            ))}
            <th scope="col" className={`${th} text-left`}>
              Average
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {book.students.map((s) => {
            const name = s.name || s.email;
            return (
              <tr key={s.id}>
                <th scope="row" className={`${th} ${stickyCell} max-w-48`}>
                  <Link href={`/teach/classes/${classId}/students/${s.id}`} className={`${linkClass} break-words`}>
                    {name}
                  </Link>
                </th>
                {s.cells.map((cell, i) => (
                  <td key={book.assignments[i]!.id} className={td}>
                    <Cell cell={cell} student={name} title={book.assignments[i]!.title} />
                  </td>
                ))}
                <td className={`${td} font-semibold`}>{pct(s.average)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 dark:border-slate-600">
          <tr>
            <th scope="row" className={`${th} ${stickyCell}`}>
              Class average
            </th>
            {book.assignments.map((a) => (
              <td key={a.id} className={`${td} font-semibold`}>
                {pct(a.average)}
                <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                  {a.submitted} of {book.students.length} submitted
                </span>
              </td>
            ))}
            <td className={td} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
