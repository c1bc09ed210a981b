import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cardClass, linkClass, mutedText } from "@/app/_components/ui";
import { requireTeacherPage } from "@/lib/auth/session";
import { getManagedClass } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { buildSkillReport } from "@/lib/classes/skill-report";
import { getGradebook, listStudentAttemptsInClass } from "@/lib/db/gradebook";
import { listSkillRows } from "@/lib/db/skill-reports";
import { SkillReport } from "../../../../_components/skill-report";
import { Badge } from "../../../../_components/badge";
import { Breadcrumbs } from "../../../../_components/breadcrumbs";
import { LocalTime } from "@/app/_components/local-time";
import { or404, uuidOr404 } from "../../../../_components/not-found";
import { LateMark, MissingMark, pct } from "../../gradebook/_components/marks";
import { closeExpired } from "@/lib/attempts/service";
import { getAccommodations } from "@/lib/db/classes";
import { AccommodationsForm } from "./_components/accommodations-form";

type Props = { params: Promise<{ id: string; userId: string }> };

export const metadata: Metadata = { title: "Student’s work" };

export default async function StudentWorkPage({ params }: Props) {
  await connection();
  const { id: rawId, userId: rawUser } = await params;
  const user = await requireTeacherPage(
    `/teach/classes/${encodeURIComponent(rawId)}/students/${encodeURIComponent(rawUser)}`,
  );
  const id = uuidOr404(rawId);
  const userId = uuidOr404(rawUser);
  const db = await getDb();
  const cls = await or404(getManagedClass({ db, id, actor: user }));
  await closeExpired({ db, classId: id });
  const [book, attempts, accommodations, skillRows] = await Promise.all([
    getGradebook({ db, classId: id }),
    listStudentAttemptsInClass({ db, classId: id, userId }),
    getAccommodations({ db, classId: id, userId }),
    listSkillRows({ db, classId: id, userId }),
  ]);
  // Only students on the roster are shown: any other id is not this teacher's to look up.
  const row = book.students.find((s) => s.id === userId);
  if (!row) notFound();
  const name = row.name || row.email;

  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { href: "/teach", label: "Teach" },
          { href: `/teach/classes/${id}`, label: cls.name },
          { href: `/teach/classes/${id}/gradebook`, label: "Gradebook" },
          { label: name },
        ]}
      />
      <div>
        <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">{name}</h1>
        <p className={`mt-1 ${mutedText}`}>
          <span className="break-all">{row.email}</span> · average {pct(row.average)}
        </p>
      </div>

      {accommodations ? (
        <section className={`${cardClass} p-5`}>
          <AccommodationsForm classId={id} userId={userId} initial={accommodations} />
        </section>
      ) : null}

      {book.assignments.length === 0 ? (
        <p className={`${cardClass} p-5 ${mutedText}`}>Nothing has been assigned to this class yet.</p>
      ) : (
        <ul className="space-y-4">
          {book.assignments.map((a, i) => {
            const cell = row.cells[i]!;
            const mine = attempts.filter((t) => t.assignmentId === a.id);
            return (
              <li key={a.id} className={`${cardClass} p-4`}>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <h2 className="min-w-0 font-semibold break-words">{a.title}</h2>
                  {cell.state === "done" && (
                    <span className="flex items-center gap-1.5">
                      <Badge tone="good">Best {pct(cell.percent)}</Badge>
                      {cell.late && <LateMark />}
                    </span>
                  )}
                  {cell.state === "missing" && <MissingMark />}
                  <span className={`ml-auto text-sm ${mutedText}`}>
                    {a.dueAt ? (
                      <>
                        Due <LocalTime iso={a.dueAt.toISOString()} />
                      </>
                    ) : (
                      "No due date"
                    )}
                  </span>
                </div>
                {mine.length === 0 ? (
                  <p className={`mt-2 text-sm ${mutedText}`}>No attempts.</p>
                ) : (
                  <ol className="mt-3 divide-y divide-slate-200 text-sm dark:divide-slate-800">
                    {mine.map((t, n) => {
                      const late = Boolean(t.submittedAt && t.dueAt && t.submittedAt > t.dueAt);
                      return (
                        <li key={t.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
                          <Link href={t.status === "submitted" ? `/attempts/${t.id}/results` : `/attempts/${t.id}`} className={linkClass}>
                            Attempt {n + 1}
                            <span className="sr-only"> at {a.title}</span>
                          </Link>
                          {t.status === "submitted" ? (
                            <span className="font-semibold">
                              {t.score ?? 0} / {t.maxScore ?? 0}
                              {t.maxScore ? ` (${pct((100 * (t.score ?? 0)) / t.maxScore)})` : ""}
                            </span>
                          ) : (
                            <Badge tone="info">In progress</Badge>
                          )}
                          {late && <LateMark />}
                          <span className={mutedText}>
                            {t.submittedAt ? (
                              <>
                                Submitted <LocalTime iso={t.submittedAt.toISOString()} />
                              </>
                            ) : (
                              <>
                                Started <LocalTime iso={t.startedAt.toISOString()} />
                              </>
                            )}
                          </span>
                        </li>
                      );
                    })}
                  </ol>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <section aria-labelledby="skills-heading" className="space-y-3">
        <h2 id="skills-heading" className="text-xl font-semibold">
          Skills
        </h2>
        <SkillReport series={buildSkillReport(skillRows)} empty="No submitted work yet, so no skills to show." />
      </section>
    </div>
  );
}
