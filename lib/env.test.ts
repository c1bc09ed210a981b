import { describe, expect, it } from "vitest";
import { selectedDriver } from "./env";

describe("selectedDriver", () => {
  it("runs on the embedded database when no server is configured", () => {
    expect(selectedDriver({ DATABASE_URL: undefined, POSTGRES_URL: undefined })).toBe("pglite");
  });

  it("uses pg for DATABASE_URL", () => {
    expect(selectedDriver({ DATABASE_URL: "postgres://h/db", POSTGRES_URL: undefined })).toBe("postgres");
  });

  it("prefers @vercel/postgres when Vercel's integration sets both URLs", () => {
    expect(selectedDriver({ DATABASE_URL: "postgres://h/db", POSTGRES_URL: "postgres://h-pooler.x/db" })).toBe(
      "vercel-postgres",
    );
  });
});
