import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DashboardAssignment } from "@/lib/classes/teacher-dashboard";
import type { Conn } from "./types";
import { assignments, classes, quizzes } from "./schema";


/** Every assignment of the teacher's active classes, with how many students have submitted it. */
export async function listAssignmentsForTeacher({ db, teacherId }: { db: Conn; teacherId: string }): Promise<DashboardAssignment[]> {
  return db
    .select({
      id: assignments.id,
      classId: classes.id,
      className: classes.name,
      quizTitle: quizzes.title,
      opensAt: assignments.opensAt,
      dueAt: assignments.dueAt,
      // Outer tables named in full, so the subqueries can never bind them to their own rows.
      students: sql<number>`(select count(*)::int from "enrolments" e where e.class_id = "classes"."id")`,
      submittedStudents: sql<number>`(select count(distinct t.user_id)::int from "attempts" t join "enrolments" e on e.user_id = t.user_id and e.class_id = "classes"."id" where t.assignment_id = "assignments"."id" and t.status = 'submitted')`,
    })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
    .where(and(eq(classes.teacherId, teacherId), isNull(classes.archivedAt)));
}
