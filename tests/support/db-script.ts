import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Runs scripts/db.ts (migrate | seed) against the given database, as `npm run db:*` would.
 * Asynchronous on purpose: the WebSocket proxy for @vercel/postgres runs in this process and must
 * keep answering while the script connects through it.
 */
export async function runDbScript(args: string[], env: Record<string, string>) {
  const root = process.cwd();
  try {
    const { stdout } = await run(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/db.ts", ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", ...env },
    });
    process.stdout.write(stdout);
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`db.ts ${args.join(" ")} failed: ${e.stderr || e.stdout || e.message}`);
  }
}
