import { describe, expect, it } from "vitest";
import { demoAccountsEnabled, selectedDriver } from "./env";

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

describe("demoAccountsEnabled", () => {
  const base = { DEMO: true, DATABASE_URL: undefined, POSTGRES_URL: undefined, VERCEL_ENV: undefined };
  it("seeds the demo accounts only when asked, into the embedded database", () => {
    expect(demoAccountsEnabled(base)).toBe(true);
    expect(demoAccountsEnabled({ ...base, DEMO: false })).toBe(false);
    expect(demoAccountsEnabled({ ...base, DATABASE_URL: "postgres://h/db" })).toBe(false);
    expect(demoAccountsEnabled({ ...base, VERCEL_ENV: "production" })).toBe(false);
  });
});
