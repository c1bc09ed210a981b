import type { Metadata } from "next";
import { connection } from "next/server";
import { mutedText } from "@/app/_components/ui";
import { requireTeacherPage } from "@/lib/auth/session";
import { getManagedClass } from "@/lib/classes/access";
import { buildSkillReport } from "@/lib/classes/skill-report";
import { getDb } from "@/lib/db/client";
import { listSkillRows } from "@/lib/db/skill-reports";
import { Breadcrumbs } from "../../../_components/breadcrumbs";
import { or404, uuidOr404 } from "../../../_components/not-found";
import { SkillReport } from "../../../_components/skill-report";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Skills" };

export default async function ClassSkillsPage({ params }: Props) {
  await connection();
  const { id: raw } = await params;
  const user = await requireTeacherPage(`/teach/classes/${encodeURIComponent(raw)}/skills`);
  const id = uuidOr404(raw);
  const db = await getDb();
  const cls = await or404(getManagedClass({ db, id, actor: user }));
  const series = buildSkillReport(await listSkillRows({ db, classId: id }));
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/teach", label: "Teach" }, { href: `/teach/classes/${id}`, label: cls.name }, { label: "Skills" }]} />
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Skills</h1>
        <p className={`mt-1 ${mutedText}`}>
          How {cls.name} does on each reading skill the questions test, assignment by assignment in the order they were
          due. Each student’s first submitted attempt counts.
        </p>
      </div>
      <SkillReport series={series} empty="No one has submitted an assignment in this class yet." />
    </div>
  );
}
