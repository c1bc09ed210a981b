import { requireUser } from "@/lib/auth/session";
import { getManagedClass } from "@/lib/classes/access";
import { gradebookCsv } from "@/lib/classes/gradebook";
import { getDb } from "@/lib/db/client";
import { getGradebook } from "@/lib/db/gradebook";
import { route } from "@/lib/http";
import { idParam } from "@/lib/http-params";
import { closeExpired } from "@/lib/attempts/service";

type Context = { params: Promise<{ id: string }> };

/** The gradebook as a CSV download named after the class. */
export const GET = route(async (_request: Request, { params }: Context) => {
  const user = await requireUser();
  const id = await idParam(params, "class");
  const db = await getDb();
  const cls = await getManagedClass({ db, id, actor: user });
  await closeExpired({ db, classId: id });
  const csv = gradebookCsv(await getGradebook({ db, classId: id }));
  const filename = `${cls.name.replace(/[^\w -]+/g, "").trim().replace(/\s+/g, "-") || "class"}-gradebook.csv`;
  return new Response("\uFEFF" + csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
    },
  });
});
