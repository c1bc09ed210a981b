import { execFileSync } from "node:child_process";
import path from "node:path";

/** Runs scripts/db.ts (migrate | seed) against the given database, as `npm run db:*` would. */
export function runDbScript(args: string[], env: Record<string, string>) {
  const root = process.cwd();
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/db.ts", ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
}
