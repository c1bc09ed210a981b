/**
 * Load benchmark: the built app under a fixed number of concurrent signed-in clients, a few
 * seconds per route, on each database driver. Prints req/s, p50, p99 and the statements each
 * request sent to Postgres, and every route as a ratio of two baselines measured in the same run:
 * the framework floor (a static file) and GET /api/health (one round trip). Then the gradebook of
 * a 200 × 20 class, and a whole school (2,000 students) starting and submitting an exam against
 * one instance and then two. Needs `npm run build` first. Loopback only; every phase is bounded
 * in time and in count.
 *
 *   npm run bench:load [-- --concurrency 64] [-- --seconds 3] [-- --drivers postgres,vercel-postgres,pglite]
 *                      [-- --students 2000] [-- --arrival-seconds 60] [-- --school-drivers postgres]
 *                      [-- --gradebook-drivers postgres] [-- --phases routes,generate,gradebook,school]
 *                      [-- --school-instances 1,2] [-- --max-tries 7]
 *
 * Statements are counted by the server (pg_stat_statements on the throwaway Postgres) where there
 * is one; on PGlite from the app's own counter (`x-db-statements`, DB_COUNT_STATEMENTS=1).
 */
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { startAppServer, TEST_AUTH_SECRET, type AppServer } from "../tests/support/app-server";
import { keepTrying, retryDelayMs } from "../lib/retry";
import { longArticle } from "../tests/support/articles";
import { perfectResponses } from "../tests/support/serval";
import { startStack, type Driver, type Stack } from "../tests/support/stack";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const list = (s: string) => s.split(",").filter(Boolean);
const concurrency = Number(arg("concurrency", "64"));
const seconds = Number(arg("seconds", "3"));
const drivers = list(arg("drivers", "postgres,vercel-postgres,pglite")) as Driver[];
const students = Number(arg("students", "2000"));
const arrivalSeconds = Number(arg("arrival-seconds", "60"));
const schoolDrivers = list(arg("school-drivers", "postgres")) as Driver[];
const gradebookDrivers = list(arg("gradebook-drivers", "postgres")) as Driver[];
const generateDrivers = list(arg("generate-drivers", "postgres")) as Driver[];
/** Which parts to run (all by default): while iterating on one, skip the others. */
const phases = new Set(list(arg("phases", "routes,generate,gradebook,school")));
const schoolInstances = list(arg("school-instances", "1,2")).map(Number);
/** Users who start an attempt in the start window; the window ends early if they run out. */
const START_POOL = 1500;
const WARM = 100;
const GRADEBOOK = { students: 200, assignments: 20 };
/**
 * A simulated student retries as the taking page does (lib/retry.ts keepTrying: `busy` for as
 * long as it takes, an outage 7 tries); the bench still stops one who has waited this long.
 */
const GIVE_UP_MS = 5 * 60_000;
/** `--max-tries 7`: give up after that many tries whatever the answer (the page's policy before busy was kept trying). */
const maxTries = Number(arg("max-tries", "0")) || Infinity;

// ---------------------------------------------------------------- HTTP on loopback, keep-alive

const agent = new http.Agent({ keepAlive: true, maxSockets: 2048 });
type Res = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number };

function send(base: string, method: string, pathname: string, init: { cookie?: string; json?: unknown } = {}): Promise<Res> {
  // A kept-alive socket the server closed just as it was reused fails at once: send it again,
  // as Node's documentation advises (`reusedSocket`). Anything else is an error to count.
  return sendOnce(base, method, pathname, init).catch((err: Error & { reusedSocket?: boolean }) => {
    if (err.reusedSocket) return sendOnce(base, method, pathname, init);
    throw err;
  });
}

function sendOnce(base: string, method: string, pathname: string, { cookie, json }: { cookie?: string; json?: unknown } = {}): Promise<Res> {
  const url = new URL(pathname, base);
  if (!["127.0.0.1", "localhost"].includes(url.hostname)) throw new Error("loopback only");
  const body = json === undefined ? undefined : JSON.stringify(json);
  const headers: http.OutgoingHttpHeaders = {};
  if (cookie) headers.cookie = cookie;
  if (body !== undefined) Object.assign(headers, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }),
      );
      res.on("error", reject);
    });
    req.on("error", (err) => reject(Object.assign(err, { reusedSocket: req.reusedSocket })));
    req.end(body);
  });
}

const parse = (r: Res) => JSON.parse(r.body);
function ok(r: Res, what: string) {
  if (r.status >= 300) throw new Error(`${what}: HTTP ${r.status} ${r.body.slice(0, 300)}`);
  return parse(r);
}

// ---------------------------------------------------------------- users and sessions

type User = { id: string; email: string; name: string; role: "student" | "teacher"; cookie: string };
type Query = (sql: string, params: unknown[]) => Promise<{ rows: any[] }>;

const COOKIE = "authjs.session-token";

/** A session cookie as Auth.js would issue it at sign-in (the same claims, the same secret). */
async function sessionCookie(u: Omit<User, "cookie">) {
  const token = await encode({
    // sid: this session's id (revocable); sv: the account's session version, 0 for a new one.
    token: { sub: u.id, name: u.name, email: u.email, uid: u.id, role: u.role, sid: crypto.randomUUID(), sv: 0 },
    secret: TEST_AUTH_SECRET,
    salt: COOKIE,
  });
  return `${COOKIE}=${token}`;
}

/** Inserts users in one statement (sign-in is not what this measures; they never sign in). */
async function insertUsers(query: Query, n: number, role: "student" | "teacher"): Promise<User[]> {
  const run = Math.random().toString(36).slice(2, 8);
  const { rows } = await query(
    `insert into users (email, name, password_hash, role)
     select 'bench-' || $1 || '-' || g || '@example.test', 'Student ' || g, 'no-password', $2::role
     from generate_series(1, $3::int) g returning id, email, name, role`,
    [`${role}-${run}`, role, n],
  );
  return Promise.all(rows.map(async (r) => ({ ...r, cookie: await sessionCookie(r) })));
}

// ---------------------------------------------------------------- statement counting

type Counter = { read: () => Promise<number>; close: () => Promise<void> };

/** Statements the server executed, from pg_stat_statements; each read itself adds one. */
async function serverCounter(databaseUrl: string): Promise<Counter> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  await pool.query("create extension if not exists pg_stat_statements");
  return {
    read: async () => Number((await pool.query("select coalesce(sum(calls), 0)::bigint as n from pg_stat_statements")).rows[0].n),
    close: () => pool.end(),
  };
}

// ---------------------------------------------------------------- a fixed-concurrency window

type Window = {
  name: string;
  ok: number;
  errors: Map<string, number>;
  latencies: number[];
  elapsedMs: number;
  statements?: number;
};

const errorKey = (r: Res) => {
  let code = "";
  try {
    code = parse(r).error?.code ?? "";
  } catch {
    // not JSON
  }
  return `${r.status}${code ? ` ${code}` : ""}`;
};

/**
 * `concurrency` clients each send the next request as soon as the last answered, until the time
 * is up or `next` has no more work. `onOk` sees every successful response.
 */
async function window(
  name: string,
  { ms, clients = concurrency, counter }: { ms: number; clients?: number; counter?: Counter },
  next: (i: number) => (() => Promise<Res>) | null,
  onOk: (r: Res, i: number) => void = () => {},
): Promise<Window> {
  const w: Window = { name, ok: 0, errors: new Map(), latencies: [], elapsedMs: 0 };
  let headerStatements = 0;
  let sawHeader = false;
  const before = await counter?.read();
  let i = 0;
  const started = performance.now();
  const deadline = started + ms;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const n = i++;
        const make = next(n);
        if (!make) return;
        let r: Res;
        try {
          r = await make();
        } catch (err) {
          w.errors.set((err as Error).message, (w.errors.get((err as Error).message) ?? 0) + 1);
          continue;
        }
        const h = r.headers["x-db-statements"];
        if (typeof h === "string") {
          sawHeader = true;
          headerStatements += Number(h);
        }
        if (r.status < 300) {
          w.ok++;
          w.latencies.push(r.ms);
          onOk(r, n);
        } else {
          const key = errorKey(r);
          w.errors.set(key, (w.errors.get(key) ?? 0) + 1);
        }
      }
    }),
  );
  w.elapsedMs = performance.now() - started;
  const done = w.ok + [...w.errors.values()].reduce((a, b) => a + b, 0);
  if (counter && before !== undefined) w.statements = (await counter.read()) - before - 1;
  else if (sawHeader) w.statements = headerStatements;
  if (w.statements !== undefined && done) w.statements /= done;
  return w;
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : NaN);
/** The machine's load average (1/5/15 min), printed beside every figure: these machines are shared. */
const load = () => `load ${loadavg().map((x) => x.toFixed(2)).join(" / ")}`;
const rps = (w: Window) => (w.ok / w.elapsedMs) * 1000;

// ---------------------------------------------------------------- one driver

type Attempt = { id: string; questions: { id: string; type: string; prompt: string }[] };

async function prepareUsers(driver: Driver, stack: Stack | null, pgliteDir: string | null) {
  const counts = { warm: WARM, start: START_POOL, school: students, gradebook: GRADEBOOK.students };
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  let all: User[];
  let teacher: User | undefined;
  if (driver === "pglite") {
    // PGlite has one owner: fill it before the app opens it.
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const { mkdirSync } = await import("node:fs");
    const dir = path.join(pgliteDir!, "pglite"); // where the app opens it (lib/db/client.ts)
    mkdirSync(dir, { recursive: true });
    const db = new PGlite(dir);
    await migrate(drizzle({ client: db }), { migrationsFolder: path.join(process.cwd(), "lib", "db", "migrations") });
    const q: Query = (sql, params) => db.query(sql, params);
    all = await insertUsers(q, total, "student");
    [teacher] = await insertUsers(q, 1, "teacher");
    await db.close();
  } else {
    const pool = new pg.Pool({ connectionString: stack!.databaseUrl, max: 1 });
    const q: Query = (sql, params) => pool.query(sql, params);
    all = await insertUsers(q, total, "student");
    [teacher] = await insertUsers(q, 1, "teacher");
    await pool.end();
  }
  let at = 0;
  const take = (n: number) => all.slice(at, (at += n));
  return { warm: take(counts.warm), start: take(counts.start), school: take(counts.school), gradebook: take(counts.gradebook), teacher: teacher! };
}

async function runDriver(driver: Driver) {
  const pgliteDir = driver === "pglite" ? mkdtempSync(path.join(tmpdir(), "readcheck-bench-pglite-")) : null;
  const appOnlyEnv: Record<string, string> = { DB_COUNT_STATEMENTS: "1", ...(pgliteDir ? { DATA_DIR: pgliteDir } : {}) };
  let stack: Stack | undefined;
  let counter: Counter | undefined;
  let second: AppServer | undefined;
  let users: Awaited<ReturnType<typeof prepareUsers>>;
  try {
    if (pgliteDir) {
      users = await prepareUsers(driver, null, pgliteDir);
      stack = await startStack(driver, { appOnlyEnv });
    } else {
      stack = await startStack(driver, {
        ownPostgres: true,
        appOnlyEnv,
        postgresSettings: ["shared_preload_libraries=pg_stat_statements"],
      });
      users = await prepareUsers(driver, stack, null);
      counter = await serverCounter(stack.databaseUrl);
    }
    const base = stack.app.baseUrl;
    const cookieOf = (i: number) => users.school[i % users.school.length]!.cookie;
    const servalId = ok(await send(base, "GET", "/api/quizzes"), "list").quizzes.find((q: any) => q.slug === "serval").id;
    const startPath = `/api/quizzes/${servalId}/attempts`;

    // Warm up every route (Next loads a route's code on its first request).
    for (const u of users.warm.slice(0, 20)) {
      const a = ok(await send(base, "POST", startPath, { cookie: u.cookie }), "warm start") as { attemptId: string; questions: Attempt["questions"] };
      const responses = perfectResponses(a.questions);
      await send(base, "PUT", `/api/attempts/${a.attemptId}/responses`, { cookie: u.cookie, json: { responses } });
      await send(base, "POST", `/api/attempts/${a.attemptId}/submit`, { cookie: u.cookie, json: { responses } });
      await send(base, "GET", "/api/health");
      await send(base, "GET", "/logo.svg");
      await send(base, "GET", "/api/quizzes", { cookie: u.cookie });
    }

    if (phases.has("routes")) {
      const ms = seconds * 1000;
      const windows: Window[] = [];
      windows.push(await window("static /logo.svg (floor)", { ms, counter }, () => () => send(base, "GET", "/logo.svg")));
      windows.push(await window("GET /api/health", { ms, counter }, () => () => send(base, "GET", "/api/health")));
      windows.push(await window("GET /api/quizzes", { ms, counter }, (i) => () => send(base, "GET", "/api/quizzes", { cookie: cookieOf(i) })));
      const started: (Attempt & { cookie: string })[] = [];
      windows.push(
        await window(
          "POST /api/quizzes/{id}/attempts (start)",
          { ms, counter },
          (i) => (i < users.start.length ? () => send(base, "POST", startPath, { cookie: users.start[i]!.cookie }) : null),
          (r, i) => {
            const b = parse(r);
            started.push({ id: b.attemptId, questions: b.questions, cookie: users.start[i]!.cookie });
          },
        ),
      );
      windows.push(
        await window("PUT /api/attempts/{id}/responses (autosave)", { ms, counter }, (i) => {
          const a = started[i % started.length]!;
          const q = a.questions[i % a.questions.length]!;
          return () => send(base, "PUT", `/api/attempts/${a.id}/responses`, { cookie: a.cookie, json: { responses: { [q.id]: perfectResponses([q])[q.id] } } });
        }),
      );
      windows.push(
        await window("POST /api/attempts/{id}/submit", { ms, counter }, (i) => {
          const a = started[i];
          if (!a) return null;
          return () => send(base, "POST", `/api/attempts/${a.id}/submit`, { cookie: a.cookie, json: { responses: perfectResponses(a.questions) } });
        }),
      );
      printRoutes(driver, windows);
    }

    if (phases.has("generate") && generateDrivers.includes(driver)) await healthWhileGenerating(base, users.teacher);
    if (phases.has("gradebook") && gradebookDrivers.includes(driver) && stack.databaseUrl)
      await gradebook(base, servalId, users.gradebook, users.teacher, stack.databaseUrl, counter);
    if (phases.has("school") && schoolDrivers.includes(driver)) {
      const runs: [number, School][] = [];
      for (const n of schoolInstances) {
        const bases = [base];
        while (bases.length < n) {
          second = await startAppServer(stack.appEnv);
          bases.push(second.baseUrl);
        }
        runs.push([n, await school(bases, startPath, users.school)]);
      }
      printSchool(driver, runs);
    }
  } catch (err) {
    console.error(stack?.app.output().replace(/\[\{"questionId[^`]*/g, "…").slice(-4000));
    throw err;
  } finally {
    await second?.stop();
    await counter?.close();
    await stack?.stop();
    if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
  }
}

function printRoutes(driver: Driver, windows: Window[]) {
  const floor = rps(windows[0]!);
  const health = rps(windows[1]!);
  console.log(`\n### ${driver}: ${concurrency} concurrent clients, ${seconds} s per route (${load()})\n`);
  console.log("| route | req/s | p50 ms | p99 ms | statements/req | × static | × health | errors |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const w of windows) {
    const sorted = [...w.latencies].sort((a, b) => a - b);
    const errors = [...w.errors].map(([k, v]) => `${v}× ${k}`).join(", ") || "0";
    console.log(
      `| ${w.name} | ${rps(w).toFixed(0)} | ${pct(sorted, 0.5).toFixed(1)} | ${pct(sorted, 0.99).toFixed(1)} | ${
        w.statements === undefined ? "–" : w.statements.toFixed(2)
      } | ${(rps(w) / floor).toFixed(3)} | ${(rps(w) / health).toFixed(2)} | ${errors} |`,
    );
  }
}

// ---------------------------------------------------------------- health while generating

/** GET /api/health, one client back to back, idle and then while 8 large articles generate. */
async function healthWhileGenerating(base: string, teacher: User) {
  const text = longArticle(45_000);
  const idle: number[] = [];
  const health = (into: number[]) => send(base, "GET", "/api/health").then((r) => void into.push(r.ms), () => void into.push(NaN));
  for (const until = performance.now() + 2_000; performance.now() < until; ) await health(idle);
  let pending = 8;
  const began = performance.now();
  const generations = Array.from({ length: 8 }, () =>
    send(base, "POST", "/api/generate", { cookie: teacher.cookie, json: { text, count: 10 } }).finally(() => pending--),
  );
  const during: number[] = [];
  while (pending > 0) await health(during);
  const statuses = await Promise.all(generations.map((g) => g.then((r) => r.status, (e: Error) => e.message)));
  const s = (all: number[]) => {
    const xs = all.filter((x) => !Number.isNaN(x));
    const sorted = [...xs].sort((a, b) => a - b);
    return `p50 ${pct(sorted, 0.5).toFixed(1)} ms, p99 ${pct(sorted, 0.99).toFixed(1)} ms (${xs.length} requests, ${all.length - xs.length} failed)`;
  };
  console.log(
    `\n(${load()}) GET /api/health while 8 articles of ~45,000 words generate (${((performance.now() - began) / 1000).toFixed(1)} s, statuses ${statuses.join(" ")}): ` +
      `${s(during)}; idle before: ${s(idle)}; p99 during / idle ${(pct(during.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b), 0.99) / pct(idle.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b), 0.99)).toFixed(1)}×`,
  );
}

// ---------------------------------------------------------------- gradebook 200 × 20

async function gradebook(base: string, quizId: string, roster: User[], teacher: User, databaseUrl: string, counter?: Counter) {
  const t = { cookie: teacher.cookie };
  const cls = ok(await send(base, "POST", "/api/classes", { ...t, json: { name: "Bench class" } }), "class").class;
  await runAll(roster.map((s) => () => send(base, "POST", "/api/classes/join", { cookie: s.cookie, json: { code: cls.joinCode } }).then((r) => ok(r, "join"))), concurrency);
  const assignmentIds: string[] = [];
  for (let a = 0; a < GRADEBOOK.assignments; a++)
    assignmentIds.push(ok(await send(base, "POST", `/api/classes/${cls.id}/assignments`, { ...t, json: { quizId } }), "assign").assignment.id);
  // Every student takes the first assignment through the API; their attempts are then copied
  // to the other 19 in one statement (filling 4,000 cells through the API takes minutes here).
  const [first, ...rest] = assignmentIds;
  const filled = performance.now();
  await runAll(
    roster.map((s) => async () => {
      const a = ok(await send(base, "POST", `/api/assignments/${first}/attempts`, { cookie: s.cookie }), "start assignment");
      ok(await send(base, "POST", `/api/attempts/${a.attemptId}/submit`, { cookie: s.cookie, json: { responses: perfectResponses(a.questions) } }), "submit");
    }),
    concurrency,
  );
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  await pool.query(
    `insert into attempts (user_id, quiz_id, assignment_id, status, slots, draft, score, max_score, started_at, saved_at, submitted_at)
     select t.user_id, t.quiz_id, a.id, t.status, t.slots, t.draft, t.score, t.max_score, t.started_at, t.saved_at, t.submitted_at
     from attempts t cross join unnest($2::uuid[]) as a(id) where t.assignment_id = $1`,
    [first, rest],
  );
  await pool.end();
  const fillS = (performance.now() - filled) / 1000;
  const book = ok(await send(base, "GET", `/api/classes/${cls.id}/gradebook`, t), "gradebook");
  const cells = book.students.reduce((n: number, s: any) => n + s.cells.filter((c: any) => c.state === "done").length, 0);
  const w = await window("GET /api/classes/{id}/gradebook", { ms: seconds * 1000, clients: 8, counter }, () => () =>
    send(base, "GET", `/api/classes/${cls.id}/gradebook`, t),
  );
  const sorted = [...w.latencies].sort((a, b) => a - b);
  console.log(
    `\n(${load()}) gradebook ${GRADEBOOK.students} students × ${GRADEBOOK.assignments} assignments (${cells} submitted cells, filled in ${fillS.toFixed(0)} s): ` +
      `${rps(w).toFixed(1)} req/s at 8 clients, p50 ${pct(sorted, 0.5).toFixed(1)} ms, p99 ${pct(sorted, 0.99).toFixed(1)} ms, ` +
      `${w.statements === undefined ? "–" : w.statements.toFixed(2)} statements per request, errors ${[...w.errors].map(([k, v]) => `${v}× ${k}`).join(", ") || 0}`,
  );
}

async function runAll(tasks: (() => Promise<unknown>)[], clients: number) {
  let i = 0;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (i < tasks.length) await tasks[i++]!();
  }));
}

// ---------------------------------------------------------------- the whole school

type School = {
  done: number;
  failed: number;
  failures: Map<string, number>;
  retries: Map<string, number>;
  /** The most tries any one request took. */
  maxTries: number;
  elapsedMs: number;
  start: number[];
  submit: number[];
};

/**
 * The students arrive over `arrivalSeconds` (evenly spread, in a shuffled order across the
 * instances); each starts the exam and submits it. Like the taking page (lib/retry.ts), a 503 or
 * a dropped connection is retried after the server's Retry-After or a growing, jittered backoff,
 * as long as `keepTrying` says; a student who gives up, or gets any other error, failed.
 */
async function school(bases: string[], startPath: string, roster: User[]): Promise<School> {
  const s: School = { done: 0, failed: 0, failures: new Map(), retries: new Map(), maxTries: 0, elapsedMs: 0, start: [], submit: [] };
  const began = performance.now();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  async function withRetry(call: () => Promise<Res>, sink: number[]) {
    const began = performance.now();
    for (let attempt = 1; ; attempt++) {
      s.maxTries = Math.max(s.maxTries, attempt);
      let r: Res | undefined;
      try {
        r = await call();
      } catch (err) {
        bump(s.retries, (err as Error).message);
      }
      if (r && r.status < 300) {
        sink.push(r.ms);
        return parse(r);
      }
      if (r && r.status !== 503) throw new Error(errorKey(r));
      if (r) bump(s.retries, errorKey(r));
      const code = r ? (parse(r).error?.code as string | undefined) : undefined;
      if (!keepTrying({ attempt, code }) || attempt >= maxTries || performance.now() - began > GIVE_UP_MS)
        throw new Error(r ? `gave up after ${attempt} tries, last ${errorKey(r)}` : `gave up after ${attempt} tries: no connection`);
      const retryAfter = r?.headers["retry-after"];
      await new Promise((res) => setTimeout(res, retryDelayMs({ attempt, retryAfter: typeof retryAfter === "string" ? retryAfter : null })));
    }
  }
  await Promise.all(
    roster.map(async (u, n) => {
      await new Promise((res) => setTimeout(res, (n / roster.length) * arrivalSeconds * 1000));
      const base = bases[n % bases.length]!;
      try {
        const a = await withRetry(() => send(base, "POST", startPath, { cookie: u.cookie }), s.start);
        await withRetry(
          () => send(base, "POST", `/api/attempts/${a.attemptId}/submit`, { cookie: u.cookie, json: { responses: perfectResponses(a.questions) } }),
          s.submit,
        );
        s.done++;
      } catch (err) {
        s.failed++;
        bump(s.failures, (err as Error).message);
      }
    }),
  );
  s.elapsedMs = performance.now() - began;
  return s;
}

function printSchool(driver: Driver, runs: [number, School][]) {
  console.log(`\n### ${driver}: the whole school — ${students} students arrive within ${arrivalSeconds} s, start then submit, retrying 503s like the page${maxTries < Infinity ? ` (at most ${maxTries} tries)` : ""} (${load()})\n`);
  console.log("| instances | students done | failed | s | students/s | start p50 / p99 ms | submit p50 / p99 ms | retried (503 / connection) | most tries |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const [label, s] of runs) {
    const st = [...s.start].sort((a, b) => a - b);
    const sub = [...s.submit].sort((a, b) => a - b);
    const retries = [...s.retries].map(([k, v]) => `${v}× ${k}`).join(", ") || "0";
    const failures = s.failed ? `${s.failed} (${[...s.failures].map(([k, v]) => `${v}× ${k}`).join(", ")})` : "0";
    console.log(
      `| ${label} | ${s.done} | ${failures} | ${(s.elapsedMs / 1000).toFixed(1)} | ${((s.done / s.elapsedMs) * 1000).toFixed(0)} | ${pct(st, 0.5).toFixed(0)} / ${pct(st, 0.99).toFixed(0)} | ${pct(sub, 0.5).toFixed(0)} / ${pct(sub, 0.99).toFixed(0)} | ${retries} | ${s.maxTries} |`,
    );
  }
  const one = runs.find(([n]) => n === 1)?.[1];
  const two = runs.find(([n]) => n === 2)?.[1];
  if (one && two) console.log(`\ntwo instances / one: ${((two.done / two.elapsedMs) / (one.done / one.elapsedMs)).toFixed(2)}× students/s`);
}

async function main() {
  for (const driver of drivers) await runDriver(driver);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
