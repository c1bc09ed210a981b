import { describe, expect, it } from "vitest";
import { family } from "./figure";
import { optionsOf, run } from "./test-helpers";

const LIBRARY = [
  "The new town library in Harwick opened on Monday after two years of building work.",
  "Some 650 volunteers who live in Harwick carried the library's books across the town.",
  "The volunteers moved about 12,000 books donated by local families to the new library shelves.",
  "The library also keeps 800 maps of the old town in a room beside the main library hall.",
  "A van drove 30 miles to fetch 45 chairs made by a carpenter for the library reading room.",
  "The council paid for 60 computers in the library, head librarian Anna Berg, 64, said.",
  "The library also lends 1,500 films made in Harwick to the town.",
  "In 2019, 200 people signed a letter asking the town for a bigger library.",
].join(" ");

const byFigure = (text: string, figure: string) => run(family, text).find((c) => c.body.prompt.includes(` ${figure} refer`));

describe("what a key figure counts", () => {
  it("asks what a count refers to, the key the counted noun with the article's own qualifier", () => {
    const c = byFigure(LIBRARY, "12,000")!;
    expect(c.body.prompt).toBe("According to the article, what does the figure 12,000 refer to?");
    expect(c.key).toEqual(["books donated by local families"]);
    expect(c.body.type).toBe("single");
    expect(byFigure(LIBRARY, "650")?.key).toEqual(["volunteers who live in Harwick"]);
  });

  it("offers what the article's other numbers count, in the same form, never a unit of measure", () => {
    const c = byFigure(LIBRARY, "12,000")!;
    expect(c.distractors).toHaveLength(3);
    expect(optionsOf(c)).toContain(c.key[0]);
    for (const d of c.distractors) {
      expect(["maps of the old town", "films made in Harwick", "volunteers who live in Harwick"]).toContain(d);
      expect(d).not.toMatch(/miles|^\p{Lu}/u);
    }
  });

  it("never offers a thing at a size it never comes in (12,000 chairs), though fewer always fits", () => {
    expect(byFigure(LIBRARY, "12,000")!.distractors.join(" ")).not.toMatch(/chairs|computers/);
    expect(byFigure(LIBRARY, "800")!.distractors.join(" ")).toMatch(/books|films|volunteers/);
    const small = [
      "The city library moved 12,000 books donated by local families into the new library.",
      "The city library bought 45 chairs made by a carpenter for the new library.",
      "The city library paid for 6,000 computers in the new library.",
      "The city library hired 30 cleaners from the town for the new library.",
    ].join(" ");
    expect(byFigure(small, "45")).toBeDefined();
    expect(byFigure(small, "6,000")).toBeUndefined();
  });

  it("shares number.ts's fact key, so one number is not asked both ways", () => {
    expect(byFigure(LIBRARY, "800")?.facts).toContain("number:800");
  });

  it("skips years, ages, measures, and a vague count with nothing to say which people", () => {
    const asked = run(family, LIBRARY).map((c) => c.key[0]);
    for (const f of ["2019", "64", "30", "200"]) expect(byFigure(LIBRARY, f)).toBeUndefined();
    expect(asked).not.toContain("people");
    expect(run(family, LIBRARY).flatMap((c) => c.distractors)).not.toContain("people");
  });

  it("skips a value the article uses twice with different meanings", () => {
    const twice = LIBRARY + " The library will stay open for 800 hours this year.";
    expect(byFigure(LIBRARY, "800")).toBeDefined();
    expect(byFigure(twice, "800")).toBeUndefined();
  });

  it("skips a noun counted twice, and asks nothing without three other counts to offer", () => {
    const fish = LIBRARY + " The school pond holds 40 fish, and the river nearby holds 9,000 fish.";
    expect(byFigure(fish, "40")).toBeUndefined();
    expect(run(family, "The club has 400 members who pay a fee. It owns 12 boats kept at the harbour. Its 30 coaches train the young sailors.")).toEqual([]);
  });

  const ZOO = [
    "About 1.5 million visitors came to the city zoo last year to see its animals.",
    "The city zoo keeps 40 lions in a new enclosure for the animals near the zoo gate.",
    "Keepers at the city zoo look after 300 penguins and 25 other birds, the zoo said.",
    "The city zoo employs 90 keepers and vets to care for the zoo animals.",
    "The reptile house at the city zoo holds 120 snakes from South America.",
    "The city zoo shop sold 90,000 toys and 400,000 maps to zoo visitors.",
    "The city zoo website has 60,000 subscribers in the region.",
  ].join(" ");

  it("reads a scale after the figure", () => {
    const c = byFigure(ZOO, "1.5 million")!;
    expect(c.key).toEqual(["visitors"]);
    expect(c.facts).toContain("number:1500000");
  });

  it("never asks a count of two nouns at once or of 'other' things, nor offers the other things beside their kin", () => {
    expect(byFigure(ZOO, "90")).toBeUndefined();
    expect(byFigure(ZOO, "25")).toBeUndefined();
    const penguins = byFigure(ZOO, "300")!;
    expect(penguins.key).toEqual(["penguins"]);
    expect(penguins.distractors).not.toContain("birds");
    expect(byFigure(ZOO, "40")?.distractors).toContain("birds");
  });
});

describe("options that read as one thing", () => {
  it("never offers two options that share the counted word ('journalists', 'journalist jobs')", () => {
    const text = [
      "The paper will cut 90 journalists from its newsroom this year, the editor said.",
      "About 40 journalist jobs were lost at its rival last spring.",
      "The paper also plans 24 colour pages in each weekend edition.",
      "It sold 900 vans to a local firm in the same month.",
      "It has 15 printing presses at its plant by the river.",
      "The firm employs 300 drivers across the region.",
    ].join(" ");
    for (const c of run(family, text)) {
      const opts = optionsOf(c).map((o) => o.split(" ")[0]!.slice(0, 5).toLowerCase());
      expect(new Set(opts).size).toBe(opts.length);
    }
  });
});
