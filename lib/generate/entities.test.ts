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

  it("keeps a name's particles inside it ('Van den Brul', 'van der Rohe')", () => {
    const names = findEntities(segment("Analyst Nick Van den Brul said the results were good. The architect Mies van der Rohe designed the hall.")).entities.map((e) => e.name);
    expect(names).toContain("Nick Van den Brul");
    expect(names).toContain("Mies van der Rohe");
  });
  it("after a held-out judgement: hyphenated names, 'US', titles after 'the', laws and technologies", () => {
    const ents = findEntities(segment([
      "The deal is welcome, said Claude Veron-Reville, a spokesman for the trade office.",
      "The US regulator said the Act would be softened for foreign firms listed in the US.",
      "The Act applies to all firms. Many firms say their DRM systems offer little protection, and DRM systems annoy users.",
      "In 1987, The Joshua Tree broke sales records. Critics loved The Joshua Tree.",
    ].join(" "))).entities;
    const kind = (n: string) => ents.find((e) => e.name === n);
    expect(kind("Claude Veron-Reville")?.kind).toBe("person");
    expect(kind("US")?.kind).toBe("place");
    expect(kind("Act")).toBeUndefined();
    expect(kind("DRM")?.confident ?? false).toBe(false);
    expect(kind("Joshua Tree")?.kind).not.toBe("person");
  });
  it("reads '12%' and '5 per cent' as percentages", () => {
    const q = findEntities(segment("Sales rose 12% in May. Prices fell 5 per cent in June.")).quantities;
    expect(q.map((x) => [x.value, x.kind])).toEqual([[12, "percent"], [5, "percent"]]);
  });
  it("finds quantities with their units, years, and ignores model numbers", () => {
    const q = findEntities(segment("The rebels were about 420 miles from Bamako. About 500 French ground troops arrived in 2013. A Mirage 2000 jet was lost.")).quantities;
    expect(q.map((x) => [x.value, x.kind, x.unit])).toEqual([
      [420, "count", "miles"],
      [500, "count", "troops"],
      [2013, "year", undefined],
    ]);
  });

  it("reads an abbreviated title in front as a person's ('State Sen. Dawn Addiego', 'Gov. Chris Christie', 'Rep. Ann Marsh')", () => {
    // Set D offered "State Sen. Dawn Addiego" as a place.
    const ents = findEntities(segment("State Sen. Dawn Addiego said the plan was fair. Gov. Chris Christie spoke in Trenton on Tuesday. Rep. Ann Marsh did not agree with him. The talks in Trenton went on."));
    const kind = (n: string) => ents.entities.find((e) => e.name.endsWith(n))?.kind;
    expect(kind("Dawn Addiego")).toBe("person");
    expect(kind("Chris Christie")).toBe("person");
    expect(kind("Ann Marsh")).toBe("person");
  });

  it("takes no street number for a quantity ('at 1225 N. Rampart St.', '10 Downing Street')", () => {
    // Set D asked "Which year completes …? 'The new centre at _____ N. Rampart St. …'".
    const q = findEntities(segment("The new centre at 1225 N. Rampart St. opened in 2014. The prime minister returned to 10 Downing Street on Friday. The shop at 1400 Main Street closed.")).quantities;
    expect(q.map((x) => x.value)).toEqual([2014]);
  });

  it("parses numbers written with commas or as words", () => {
    expect(parseNumber("6,000")).toBe(6000);
    expect(parseNumber("three")).toBe(3);
    expect(parseNumber("many")).toBeUndefined();
  });
});

describe("findEntities: name typing", () => {
  const find = (text: string) => findEntities(segment(text));

  it("keeps an ordinal in front of a name as part of it, never the fragment after it", () => {
    const e = find("Viewers of the 21st Century network saw the final. The film was shot at the 20th Century Fox studio. The network later sold it.");
    const names = e.entities.map((x) => x.name);
    expect(names).not.toContain("Century");
    expect(names).not.toContain("Century Fox");
    expect(names).toContain("21st Century");
    expect(names).toContain("20th Century Fox");
  });

  it("never types a name ending in an institutional head noun as a person", () => {
    const k = kinds("She joined the Vic Wells Ballet in 1931. Tom Brown won the Booker Prize. The Booker Prize, the best-known award for a novelist, is old. The Grand Harbour Orchestra said it would tour.");
    expect(k["Vic Wells Ballet"]).toBe("org");
    expect(find("She joined the Vic Wells Ballet in 1931.").entities[0]!.confident).toBe(true);
    expect(k["Booker Prize"]).not.toBe("person");
    expect(k["Booker Prize"]).not.toBe("org");
    expect(k["Grand Harbour Orchestra"]).toBe("org");
    expect(k["Tom Brown"]).toBe("person");
    // The people of such a text are named by roles of their own.
    expect(kinds("Ninette Okafor, a dancer, founded it. Okafor met Sam Reid, the conductor.")["Ninette Okafor"]).toBe("person");
  });

  it("types a two-word name used as a place as a place, even when its first word is a first name", () => {
    const k = kinds("Fans in Monte Carlo cheered the drivers. A Monte Carlo-based team won the race. Lewis Hamilton, the driver, said he was pleased.");
    expect(k["Monte Carlo"]).toBe("place");
    expect(k["Lewis Hamilton"]).toBe("person");
    expect(kinds("Drivers from Monte Carlo and Paris took part.")["Monte Carlo"]).not.toBe("person");
  });

  it("keeps a name a person when a place preposition is its only context but the article refers to the person by a part", () => {
    const k = kinds("Voters in Boris Johnson trusted him. Boris Johnson, the mayor, said so.");
    expect(k["Boris Johnson"]).toBe("person");
    const k2 = kinds("The crowd found a hero in Felix Baumgartner. Later Baumgartner jumped again. Fans at Nicolas Roeg's film premiere clapped; Nicolas Roeg smiled.");
    expect(k2["Felix Baumgartner"]).toBe("person");
    expect(k2["Nicolas Roeg"]).not.toBe("place");
  });

  it("ends a person's name at 'of' before an institution", () => {
    const k = kinds("Ronald Poppe of Utrecht University, a computer scientist, disagreed. Professor Jane Hale of Leeds College agreed. The Bank of England waited. " +
      "\"Yes,\" said Sajiv Singh of Carnegie Mellon University. Professor Okoro of Lagos University said no. The Archbishop of Canterbury prayed.");
    expect(k["Sajiv Singh"]).toBe("person");
    expect(k["Carnegie Mellon University"]).toBe("org");
    expect(k["Okoro"]).toBe("person");
    expect(k["Lagos University"]).toBe("org");
    expect(Object.keys(k).some((n) => /Canterbury/.test(n) && k[n] === "person")).toBe(false);
    expect(k["Ronald Poppe"]).toBe("person");
    expect(k["Utrecht University"]).toBe("org");
    expect(k["Jane Hale"]).toBe("person");
    expect(k["Leeds College"]).toBe("org");
    expect(k["Bank of England"]).toBe("org");
  });

  it("keeps two people who share a surname apart and never offers the bare surname", () => {
    const e = find("Joel Glazer, the co-chairman, said the club was stable. His brother Avie Glazer agreed. The Glazer family bought the club in 2005. Later Glazer said nothing more.");
    const people = e.entities.filter((x) => x.kind === "person").map((x) => x.name);
    expect(people).toContain("Joel Glazer");
    expect(people).toContain("Avie Glazer");
    const joel = e.entities.find((x) => x.name === "Joel Glazer")!;
    expect(joel.forms).not.toContain("glazer");
    const bare = e.entities.find((x) => x.name === "Glazer");
    // Still known as a name (no gap may cut it), but neither a key nor an option of any kind.
    expect(bare?.kind).not.toBe("org");
    expect(bare?.confident).toBe(false);
    expect(e.mentions.some((m) => m.text === "Glazer")).toBe(false);
  });

  it("never makes a family named by its surname an organisation", () => {
    const k = kinds("The Okafor family bought the club in 2005. Fans protested against the Okafor family. The Okafors did not reply.");
    expect(k["Okafor"]).not.toBe("org");
    expect(k["Okafors"]).toBeUndefined();
  });
});

describe("an apposition without an article", () => {
  it("still makes the name a person, so the bare surname links to it", () => {
    const doc = segment("\"We want a civic commons,\" Will Harper, senior research fellow at the institute, told reporters. Mr Harper said the plan would cost little. Harper added that councils liked it.");
    const ents = findEntities(doc);
    const will = ents.entities.find((e) => e.name === "Will Harper");
    expect(will?.kind).toBe("person");
    expect(ents.entities.filter((e) => e.name === "Harper")).toEqual([]);
  });
});

describe("works are never people", () => {
  it("types a show or a series as neither person nor organisation", () => {
    const ents = findEntities(segment("He sold a photograph of the Benny Hill Show, the comedian said. Fans of the Benny Hill Show queued for hours. Tom Baker said he was delighted."));
    const show = ents.entities.find((e) => e.name === "Benny Hill Show");
    expect(show && show.kind).not.toBe("person");
  });
});
