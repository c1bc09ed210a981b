/**
 * Runs the built app (`next start`) for tests, against the database the given environment
 * selects, and waits until /api/health answers 200.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort } from "./ports";

export type AppServer = { baseUrl: string; stop: () => Promise<void>; output: () => string };

export const TEST_AUTH_SECRET = "test-secret-for-readcheck-integration-suites-0123456789";

export async function startAppServer(
  env: Record<string, string | undefined>,
  { port: wanted }: { port?: number } = {},
): Promise<AppServer> {
  const root = process.cwd();
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build found: run `npm run build` first (npm test does it for you).");
  }
  const port = wanted ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, [...(process.env.APP_NODE_ARGS?.split(" ") ?? []), path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      AUTH_SECRET: TEST_AUTH_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the app did not become healthy within 90 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    output: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}
