/**
 * API benchmark: the built app on each database driver, timing the quiz loop's routes against a
 * baseline measured in the same run — GET /api/health (one `select 1` round trip) — so results are
 * ratios that survive a noisy shared machine. Needs `npm run build` first.
 *
 *   npm run bench:api [-- --rounds 100] [-- --drivers postgres,vercel-postgres,pglite]
 */
import { performance } from "node:perf_hooks";
import { ApiClient } from "../tests/support/api";
import { perfectResponses } from "../tests/support/serval";
import { startStack, type Driver } from "../tests/support/stack";
import { closeTestDb, createUser } from "../tests/factories";
import { DEMO_ACCOUNTS } from "../lib/db/seed";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const rounds = Number(arg("rounds", "60"));
const drivers = arg("drivers", "postgres,vercel-postgres,pglite").split(",") as Driver[];

async function time(n: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(5, n); i++) await fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(n / 2)]!, p95: samples[Math.floor(n * 0.95)]! };
}

async function expectOk(res: Promise<{ status: number; body: any }>) {
  const r = await res;
  if (r.status >= 300) throw new Error(`HTTP ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

async function main() {
const rows: string[][] = [["driver", "operation", "p50 ms", "p95 ms", "× health p50"]];

for (const driver of drivers) {
  const stack = await startStack(driver, { demo: driver === "pglite" });
  try {
    const client = new ApiClient(stack.app.baseUrl);
    const account =
      driver === "pglite" ? DEMO_ACCOUNTS[0] : await createUser(stack.databaseUrl).then((u) => ({ email: u.email, password: u.password }));
    if (!(await client.signIn(account.email, account.password))) throw new Error("sign-in failed");
    const servalId = (await expectOk(client.json("/api/quizzes"))).quizzes.find((q: any) => q.slug === "serval").id;

    const health = await time(rounds, () => expectOk(client.json("/api/health")));
    const list = await time(rounds, () => expectOk(client.json("/api/quizzes")));
    const loop = await time(Math.max(10, rounds / 3), async () => {
      const started = await expectOk(client.json(`/api/quizzes/${servalId}/attempts`, { method: "POST" }));
      const responses = perfectResponses(started.questions);
      await expectOk(client.json(`/api/attempts/${started.attemptId}/responses`, { method: "PUT", json: { responses } }));
      await expectOk(client.json(`/api/attempts/${started.attemptId}/submit`, { method: "POST", json: { responses } }));
    });
    const ratio = (x: number) => (x / health.p50).toFixed(1);
    rows.push(
      [driver, "GET /api/health (baseline)", health.p50.toFixed(2), health.p95.toFixed(2), "1.0"],
      [driver, "GET /api/quizzes", list.p50.toFixed(2), list.p95.toFixed(2), ratio(list.p50)],
      [driver, "start + autosave + submit", loop.p50.toFixed(2), loop.p95.toFixed(2), ratio(loop.p50)],
    );
  } finally {
    await closeTestDb(); // before the database it points at goes away
    await stack.stop();
  }
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join("  "));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
