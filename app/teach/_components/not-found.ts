import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors";

const uuid = z.uuid();

/** A route segment that must be a uuid; anything else cannot name a row, so it is a 404. */
export function uuidOr404(value: string): string {
  const parsed = uuid.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** Runs a lib/classes/access loader; "not yours" and "not there" both become the 404 page. */
export async function or404<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
}
