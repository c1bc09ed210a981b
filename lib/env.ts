/**
 * The environment, parsed once. A bad value stops the app at start with a message naming the
 * variable, instead of failing later inside a request.
 */
import { z } from "zod";

const optionalUrl = (name: string) =>
  z
    .string()
    .trim()
    .transform((v) => v || undefined)
    .optional()
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), `${name} must start with postgres:// or postgresql://`);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL server through `pg`. */
  DATABASE_URL: optionalUrl("DATABASE_URL"),
  /** Vercel / Neon Postgres through @vercel/postgres (set by the Vercel marketplace integration). */
  POSTGRES_URL: optionalUrl("POSTGRES_URL"),
  /** Development/tests only: a ws:// WebSocket→TCP proxy that lets @vercel/postgres reach a plain Postgres. */
  POSTGRES_WS_PROXY: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || /^wss?:\/\//.test(v), "POSTGRES_WS_PROXY must start with ws:// or wss://"),
  /** Where the embedded database and the generated local secret live. */
  DATA_DIR: z.string().trim().min(1).default(".data"),
  AUTH_SECRET: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine(
      (v) => v === undefined || v.length >= 32,
      "AUTH_SECRET must be at least 32 characters (generate one with: openssl rand -base64 32)",
    ),
  /**
   * The site's public address, when Auth.js should not take it from the request (its own
   * variable; NEXTAUTH_URL is the older name). Decides the session cookie's `__Secure-` name.
   */
  AUTH_URL: z.preprocess((v) => v || undefined, z.url().optional()),
  NEXTAUTH_URL: z.preprocess((v) => v || undefined, z.url().optional()),
  /** Pool size per server instance for `pg` and @vercel/postgres. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(5),
  /**
   * API requests admitted beyond the pool size (each waits its turn for one of those connections,
   * and is never refused once in); more are answered 503 `busy` at once, before any work.
   */
  DATABASE_QUEUE_MAX: z.coerce.number().int().min(0).max(100_000).default(256),
  /** How long a page's or action's statement waits for a connection before it is answered 503 `busy`. */
  DATABASE_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(1).max(60_000).default(3_000),
  /** Generations that may wait for a generator thread; more are answered 503 `busy` at once. */
  GENERATE_QUEUE_MAX: z.coerce.number().int().min(0).max(1_000).default(8),
  /**
   * How long a generation waits for a thread before it is answered 503 `busy`: a backstop, the
   * queue's depth is the bound that counts (8 large articles take ~25 s on a loaded 2-core machine).
   */
  GENERATE_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(1).max(120_000).default(60_000),
  /** A statement the server has not answered by then fails (503 `database_unavailable`). */
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  /** Tests and bench:load only: answer each API request's database statement count in `x-db-statements`. */
  DB_COUNT_STATEMENTS: z
    .enum(["0", "1", "true", "false", ""])
    .optional()
    .transform((v) => v === "1" || v === "true"),
  /** Lets teachers sign up only with this code; unset means teacher sign-up is open. */
  TEACHER_SIGNUP_CODE: z.string().trim().min(1).optional(),
  /**
   * Bearer token for the scheduled sweep (GET /api/cron/sweep): Vercel Cron sends
   * `Authorization: Bearer $CRON_SECRET`. Unset, the sweep answers 404.
   */
  CRON_SECRET: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || v.length >= 16, "CRON_SECRET must be at least 16 characters"),
  /**
   * How many proxies in front of the app append to X-Forwarded-For. 0 (the default) trusts no
   * forwarded address: a client can write anything there.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Set to "1" by Vercel; the client address then comes from Vercel's own header. */
  VERCEL: z.string().optional().transform((v) => v === "1"),
  /** Set by Vercel: "production", "preview" or "development". */
  VERCEL_ENV: z.string().optional(),
  /** "1" seeds the demo accounts (with their published passwords) into the embedded database. */
  DEMO: z
    .enum(["0", "1", "true", "false", ""])
    .optional()
    .transform((v) => v === "1" || v === "true"),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return parsed.data;
}

export const env: Env = parseEnv();

/**
 * Whether the demo accounts may be seeded: only when asked with DEMO=1, only into the embedded
 * database (a single-process trial, never a deployment) and never on a Vercel production deploy.
 */
export function demoAccountsEnabled(e: Pick<Env, "DEMO" | "DATABASE_URL" | "POSTGRES_URL" | "VERCEL_ENV"> = env): boolean {
  return e.DEMO && selectedDriver(e) === "pglite" && e.VERCEL_ENV !== "production";
}

/**
 * Problems that must stop the server before it answers anything, with the fix in the message
 * (instrumentation.ts prints them and exits). Development generates its own secret.
 */
export function startupProblems(e: Env = env): string[] {
  const problems: string[] = [];
  if (e.NODE_ENV === "production" && !e.AUTH_SECRET) {
    problems.push("AUTH_SECRET must be set in production (generate one with: openssl rand -base64 32).");
  }
  if (e.DEMO && e.VERCEL_ENV === "production") {
    problems.push("DEMO=1 is refused on a production deployment: the demo passwords are public.");
  }
  return problems;
}

export type DbDriver = "pglite" | "postgres" | "vercel-postgres";

/**
 * The database the environment selects. POSTGRES_URL wins: Vercel's Neon integration sets both
 * it and DATABASE_URL, and on Vercel the serverless driver is the one to use. Without either,
 * the embedded default.
 */
export function selectedDriver(e: Pick<Env, "DATABASE_URL" | "POSTGRES_URL"> = env): DbDriver {
  if (e.POSTGRES_URL) return "vercel-postgres";
  if (e.DATABASE_URL) return "postgres";
  return "pglite";
}
