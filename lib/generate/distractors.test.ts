import { describe, expect, it } from "vitest";
import { alterNumber, entityDistractors, formatLike, pickBalanced, shuffle, yearDistractors } from "./distractors";
import { findEntities } from "./entities";
import { segment } from "./sentences";

describe("distractors", () => {
  it("never offers the key, a repeat, or a name contained in the key", () => {
    expect(pickBalanced("Manuel Valls", ["Valls", "Oana Lungescu", "oana lungescu", "Manuel Valls", "Le Drian"], 3)).toEqual(["Oana Lungescu", "Le Drian"]);
  });

  it("prefers options close to the key's length and drops ones that give it away", () => {
    const out = pickBalanced("Togo", ["Democratic Republic of the Congo", "Chad", "Niger", "Mali"], 3);
    expect(out).toEqual(["Chad", "Mali", "Niger"]);
  });

  it("offers the article's years first, then near neighbours, never the key", () => {
    const ys = yearDistractors(2005, [2005, 2012, 1890], 3);
    expect(ys[0]).toBe(2012);
    expect(ys).not.toContain(2005);
    expect(ys).not.toContain(1890);
    expect(ys).toHaveLength(3);
  });

  it("alters a number to a different, round value not in the article", () => {
    const v = alterNumber(420, "seed", new Set([840]));
    expect(v).not.toBe(420);
    expect(v).not.toBe(840);
    expect(formatLike("6,000", 12000)).toBe("12,000");
    expect(formatLike("£32", 64)).toBe("£64");
  });

  it("shuffles deterministically", () => {
    expect(shuffle([1, 2, 3, 4, 5], "x")).toEqual(shuffle([1, 2, 3, 4, 5], "x"));
    expect(shuffle([1, 2, 3, 4, 5], "x").sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("entityDistractors", () => {
  it("never offers a surname two people of the article share", () => {
    const ents = findEntities(segment(
      "Joel Glazer, the co-chairman, spoke first. His brother, Avie Glazer, a director, agreed. " +
      "Ruth Okafor, a lawyer, objected. Okafor said the deal was poor. Sam Patel, the analyst, said the same. Patel wrote a report. " +
      "Dana Cole, the manager, said little. Cole left early.",
    ));
    const okafor = ents.entities.find((e) => e.name === "Ruth Okafor")!;
    const ds = entityDistractors(ents, okafor, "last", [], 3);
    expect(ds).not.toContain("Glazer");
    expect(ds).toEqual(expect.arrayContaining(["Patel", "Cole"]));
  });
  it("never offers a name that shares a distinctive word with the key (another name for the same body)", () => {
    // Set D: "Jamison Heritage School" was offered for (and swapped with) "Heritage School of Music",
    // the same school; a shared generic head ("College") says nothing.
    const ents = findEntities(segment(
      "Students from the Heritage School of Music will open the show at the Riverside Theatre. " +
      "The Jamison Heritage School was founded in 1990 by the foundation. " +
      "The Kingsley College and the Barton College of Music also sent pupils to the Riverside Theatre. " +
      "The Norwood Arts Council paid for the Harbour Dance Company to perform.",
    ));
    const school = ents.entities.find((e) => e.name === "Heritage School of Music")!;
    expect(school).toBeDefined();
    const ds = entityDistractors(ents, school, "full", [], 3);
    expect(ds.some((d) => /Heritage/.test(d))).toBe(false);
    const kingsley = ents.entities.find((e) => e.name === "Kingsley College")!;
    expect(entityDistractors(ents, kingsley, "full", [], 3)).toContain("Barton College of Music");
  });
});
