import { describe, expect, it } from "vitest";
import { family } from "./roles";
import { run } from "./test-helpers";

describe("who is who", () => {
  it("never takes a clause after a name for the person's description", () => {
    const text = "Tom Baker, the e-mail was sent by mistake to a reporter, said sorry. Anna Reid, the head of the council, spoke next. Paul Smith, a local farmer, agreed. Jane Cole, the town's mayor, left early.";
    const cs = run(family, text);
    expect(cs.length).toBeGreaterThan(0);
    for (const c of cs) expect(JSON.stringify(c.body)).not.toMatch(/was sent by mistake/);
  });
});
