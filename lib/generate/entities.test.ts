import { describe, expect, it } from "vitest";
import { findEntities, parseNumber } from "./entities";
import { segment } from "./sentences";

const kinds = (text: string) => {
  const e = findEntities(segment(text));
  return Object.fromEntries(e.entities.map((x) => [x.name, x.kind]));
};

describe("findEntities", () => {
  it("types people from appositions, places from the lexicon and organisations from their words", () => {
    const k = kinds("The minister, Manuel Valls, said Paris was calm. Oana Lungescu, a Nato spokesperson, agreed. The University of Geneva said nothing.");
    expect(k["Manuel Valls"]).toBe("person");
    expect(k["Oana Lungescu"]).toBe("person");
    expect(k["Paris"]).toBe("place");
    expect(k["University of Geneva"]).toBe("org");
  });

  it("links a surname to the full name, one entity for both", () => {
    const e = findEntities(segment("Mathieu Guidère, a specialist, spoke first. Later Guidère said it again."));
    const g = e.entities.find((x) => x.name === "Mathieu Guidère")!;
    expect(g.kind).toBe("person");
    expect(g.forms).toContain("guidère");
    expect(g.mentions).toHaveLength(2);
  });

  it("spreads a type along a list of names", () => {
    const k = kinds("Reinforcements are expected from Nigeria, Niger, Burkina Faso, Togo and Benin.");
    expect(k["Togo"]).toBe("place");
    expect(k["Burkina Faso"]).toBe("place");
  });

  it("skips nationalities and groups", () => {
    const k = kinds("Islamist forces attacked. The French army and the Malian troops waited for the Russians.");
    expect(Object.keys(k)).not.toContain("Islamist");
    expect(Object.keys(k)).not.toContain("Russians");
  });

  it("finds quantities with their units, years, and ignores model numbers", () => {
    const q = findEntities(segment("The rebels were about 420 miles from Bamako. About 500 French ground troops arrived in 2013. A Mirage 2000 jet was lost.")).quantities;
    expect(q.map((x) => [x.value, x.kind, x.unit])).toEqual([
      [420, "count", "miles"],
      [500, "count", "troops"],
      [2013, "year", undefined],
    ]);
  });

  it("parses numbers written with commas or as words", () => {
    expect(parseNumber("6,000")).toBe(6000);
    expect(parseNumber("three")).toBe(3);
    expect(parseNumber("many")).toBeUndefined();
  });
});
