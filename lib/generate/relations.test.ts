import { describe, expect, it } from "vitest";
import { findEntities } from "./entities";
import { findRelations } from "./relations";
import { segment } from "./sentences";

const rel = (text: string) => {
  const doc = segment(text);
  return findRelations(doc, findEntities(doc));
};

describe("findRelations", () => {
  it("attributes quotations to the named speaker before or after them", () => {
    const r = rel('Le Drian, the defence minister, spoke. "We knew the key spots would be in the west," Le Drian told BFM television.\n\nOana Lungescu, a Nato spokesperson, said: "There has been no request for help from Paris."');
    expect(r.quotes.map((q) => [q.speaker.name, q.text.slice(0, 12)])).toEqual([
      ["Le Drian", "We knew the "],
      ["Oana Lungescu", "There has be"],
    ]);
  });

  it("resolves 'he said' to the one person named just before", () => {
    const r = rel('Mathieu Guidère, a specialist in intelligence, studied the case. "These weapons have not yet been used," he said.');
    expect(r.quotes[0]?.speaker.name).toBe("Mathieu Guidère");
  });

  it("reads descriptions of people before and after the name", () => {
    const r = rel("The French interior minister, Manuel Valls, raised the alert. Aaron Brindle, the project leader, agreed.");
    expect(r.roles.map((x) => [x.person.name, x.role])).toEqual([
      ["Manuel Valls", "The French interior minister"],
      ["Aaron Brindle", "the project leader"],
    ]);
  });

  it("ignores bare descriptions that say nothing", () => {
    const r = rel("Mandela met the child, Edward Smith, at school. Smith said little.");
    expect(r.roles).toEqual([]);
  });

  it("finds what something is called", () => {
    const r = rel("The French military operation in Mali has been given the code name Serval. It is a small cat.");
    expect(r.namings[0]).toMatchObject({ subject: "The French military operation in Mali", label: "code name", name: "Serval" });
  });

  it("finds lists of names of one kind", () => {
    const r = rel("Reinforcements are expected from Nigeria, Niger, Togo, Senegal and Benin.");
    expect(r.lists[0]?.items.map((m) => m.text)).toEqual(["Nigeria", "Niger", "Togo", "Senegal", "Benin"]);
  });

  it("reads a scale: the level and the top of the scale", () => {
    const r = rel("He raised the national security rating, to bright red, one grade down from the highest level, scarlet.");
    expect(r.scales[0]).toMatchObject({ value: "bright red", top: "scarlet" });
  });

  it("finds an announced enumeration and its items", () => {
    const r = rel("He said they had obtained weapons from three sources. From Libya they took rifles. They sold some.\n\nThe second consignment was captured at Gao.\n\nThe third wave of weapons was more recent. They bought it on the black market.");
    expect(r.enumerations).toHaveLength(1);
    expect(r.enumerations[0]!.items.map((i) => i[0])).toEqual([1, 3, 4]);
    expect(r.enumerations[0]!.items[0]).toEqual([1, 2]);
  });
});
