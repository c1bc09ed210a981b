import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { admitRequest, inRequestScope } from "@/lib/db/pool";
import { selectedDriver } from "@/lib/env";
import { findAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const GET = () =>
  inRequestScope(async () => {
    const db = selectedDriver();
    try {
      admitRequest();
      const client = await getDb();
      await withTimeout(client.execute(sql`select 1`), 5_000);
      return NextResponse.json({ ok: true, db }, { headers: { "cache-control": "no-store" } });
    } catch (err) {
      // Saturated is not down: the database answers, this instance has no connection free.
      const busy = findAppError(err);
      if (busy?.code === "busy") {
        return NextResponse.json(
          { ok: false, db, error: { code: "busy", message: busy.message } },
          { status: 503, headers: { "cache-control": "no-store", "retry-after": String(busy.options.retryAfterSeconds ?? 1) } },
        );
      }
      const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : "";
      const reason = (err instanceof Error ? err.message : String(err)) + cause;
      console.error("[health] database check failed:", reason);
      return NextResponse.json(
        { ok: false, db, error: { code: "database_unavailable", message: "The database is not reachable." } },
        { status: 503, headers: { "cache-control": "no-store" } },
      );
    }
  });

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}
