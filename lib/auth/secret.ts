/**
 * The signing secret for sessions. AUTH_SECRET wins; without it, development and tests get a
 * random secret generated once and kept in DATA_DIR, so a newcomer sets nothing by hand. In
 * production a missing AUTH_SECRET is an error: a per-machine secret would break sessions across
 * instances.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let cached: string | undefined;

export function resolveAuthSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (cached) return cached;
  if (env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET must be set in production (generate one with: openssl rand -base64 32).");
  }
  const file = path.resolve(env.DATA_DIR, "auth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const fresh = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, fresh, { flag: "wx", mode: 0o600 }); // another process may win the race
      cached = fresh;
    } catch {
      cached = readFileSync(file, "utf8").trim();
    }
  }
  return cached;
}
