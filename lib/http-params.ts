import { z } from "zod";
import { AppError } from "@/lib/errors";

const uuid = z.uuid();

/** A route's `[id]` segment; anything that is not a uuid cannot name a row, so it is a 404. */
export async function idParam(params: Promise<{ id: string }>, what: string): Promise<string> {
  const { id } = await params;
  const parsed = uuid.safeParse(id);
  if (!parsed.success) throw new AppError("not_found", `No such ${what}.`);
  return parsed.data;
}
