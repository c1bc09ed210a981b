"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireTeacher } from "@/lib/auth/session";
import { getManagedAssignment } from "@/lib/classes/access";
import { getDb } from "@/lib/db/client";
import { requeueScores } from "@/lib/db/lti-scores";
import { AppError } from "@/lib/errors";
import { syncRoster } from "@/lib/lti/roster";
import { syncScores } from "@/lib/lti/scores";

export type SyncActionState = { message?: string; error?: string };

const id = z.uuid();

function failure(err: unknown): SyncActionState {
  if (err instanceof AppError) return { error: err.message };
  throw err;
}

/** "Resend": every score of the assignment is posted to the LMS again, now. */
export async function resendScoresAction(_prev: SyncActionState, form: FormData): Promise<SyncActionState> {
  try {
    const user = await requireTeacher();
    const assignmentId = id.safeParse(form.get("assignmentId"));
    if (!assignmentId.success) return { error: "That assignment could not be found." };
    const db = await getDb();
    await getManagedAssignment({ db, id: assignmentId.data, actor: user });
    await requeueScores({ db, assignmentId: assignmentId.data, teacherId: user.id });
    const report = await syncScores({ db, assignmentId: assignmentId.data });
    revalidatePath("/teach/lti/scores");
    return { message: `Sent ${report.sent}, failed ${report.failed}.` };
  } catch (err) {
    return failure(err);
  }
}

/** Sends every score that is due now (new, regraded, or waiting to be retried). */
export async function sendDueScoresAction(_prev: SyncActionState, _form: FormData): Promise<SyncActionState> {
  try {
    await requireTeacher();
    const report = await syncScores({ db: await getDb() });
    revalidatePath("/teach/lti/scores");
    return { message: `Sent ${report.sent}, failed ${report.failed}.` };
  } catch (err) {
    return failure(err);
  }
}

/** Pulls the course roster (NRPS) into the class. */
export async function syncRosterAction(_prev: SyncActionState, form: FormData): Promise<SyncActionState> {
  try {
    const user = await requireTeacher();
    const classId = id.safeParse(form.get("classId"));
    if (!classId.success) return { error: "That class could not be found." };
    const { learners } = await syncRoster({ db: await getDb(), classId: classId.data, actor: user });
    revalidatePath("/teach/lti/scores");
    return { message: `The roster lists ${learners} learner${learners === 1 ? "" : "s"}; all are in the class.` };
  } catch (err) {
    return failure(err);
  }
}
