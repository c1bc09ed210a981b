/**
 * Skill reports: how a class (or one student) does on each reading skill the questions are
 * tagged with, assignment by assignment in the order they were due. Pure; the rows come from
 * lib/db/skill-reports.ts. Each student's first submitted attempt per assignment counts, as in
 * item analysis (later attempts have seen the feedback).
 */
export type SkillRow = {
  skill: string;
  points: number;
  maxPoints: number;
  userId: string;
  attemptId: string;
  assignmentId: string;
  assignmentTitle: string;
  /** The due date, or the first submission when there is none: what orders "over time". */
  when: Date;
  submittedAt: Date;
};

export type SkillPoint = { assignmentId: string; title: string; when: Date; percent: number; answers: number };
export type SkillSeries = { skill: string; percent: number; answers: number; points: SkillPoint[] };

const pct = (points: number, max: number) => (max > 0 ? (100 * points) / max : 0);

export function buildSkillReport(rows: SkillRow[]): SkillSeries[] {
  // First submitted attempt per student and assignment.
  const first = new Map<string, { attemptId: string; at: number }>();
  for (const r of rows) {
    const key = `${r.userId}\u0000${r.assignmentId}`;
    const seen = first.get(key);
    if (!seen || r.submittedAt.getTime() < seen.at) first.set(key, { attemptId: r.attemptId, at: r.submittedAt.getTime() });
  }
  const counted = rows.filter((r) => first.get(`${r.userId}\u0000${r.assignmentId}`)?.attemptId === r.attemptId);

  const bySkill = new Map<string, SkillRow[]>();
  for (const r of counted) bySkill.set(r.skill, [...(bySkill.get(r.skill) ?? []), r]);

  return [...bySkill.entries()]
    .map(([skill, list]) => {
      const byAssignment = new Map<string, SkillRow[]>();
      for (const r of list) byAssignment.set(r.assignmentId, [...(byAssignment.get(r.assignmentId) ?? []), r]);
      const points = [...byAssignment.values()]
        .map((group) => ({
          assignmentId: group[0]!.assignmentId,
          title: group[0]!.assignmentTitle,
          when: group[0]!.when,
          percent: pct(sum(group, "points"), sum(group, "maxPoints")),
          answers: group.length,
        }))
        .sort((a, b) => a.when.getTime() - b.when.getTime());
      return { skill, percent: pct(sum(list, "points"), sum(list, "maxPoints")), answers: list.length, points };
    })
    .sort((a, b) => a.skill.localeCompare(b.skill));
}

const sum = (rows: SkillRow[], key: "points" | "maxPoints") => rows.reduce((s, r) => s + r[key], 0);

/** "Inference" for "inference", "Main idea" for "main-idea": a tag as a heading. */
export function skillLabel(skill: string): string {
  const words = skill.replace(/[-_]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : skill;
}

/** One sentence a screen reader can take instead of the chart. */
export function describeSeries(s: SkillSeries): string {
  const label = skillLabel(s.skill);
  if (s.points.length === 0) return `${label}: no answers yet.`;
  const parts = s.points.map((p) => `${p.title} ${Math.round(p.percent)}%`);
  const first = s.points[0]!.percent;
  const last = s.points.at(-1)!.percent;
  const trend =
    s.points.length < 2 ? "" : last - first >= 10 ? " Rising." : first - last >= 10 ? " Falling." : " About level.";
  return `${label}: ${Math.round(s.percent)}% overall over ${s.answers} answers. By assignment: ${parts.join(", ")}.${trend}`;
}
