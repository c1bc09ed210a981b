import { describe, expect, it } from "vitest";
import { hasSpeech, segment } from "./sentences";
import { findArticleGaps, splitParagraphs } from "../quiz/article-segments";

const intact = (text: string) => segment(text).sentences.filter((s) => !s.broken).map((s) => s.text);
const broken = (text: string) => segment(text).sentences.filter((s) => s.broken).map((s) => s.text);

describe("segment", () => {
  it("gives offsets that point at each sentence in the text", () => {
    const text = "The town has 7,000 people. It will be mapped in July.\n\nGoogle said so.";
    const doc = segment(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["The town has 7,000 people.", "It will be mapped in July.", "Google said so."]);
    expect(doc.sentences.map((s) => s.para)).toEqual([0, 0, 1]);
  });

  it("splits a splice: the fragment before it is broken, the sentence after it is intact", () => {
    const text = "Omar Ould Hamaha, a spokesman for the group, said on The French interior minister, Manuel Valls, said the threats had prompted him to act.";
    expect(broken(text)).toEqual(["Omar Ould Hamaha, a spokesman for the group, said on"]);
    expect(intact(text)).toEqual(["The French interior minister, Manuel Valls, said the threats had prompted him to act."]);
  });

  it("finds a capitalised verb after a lowercase word", () => {
    expect(broken("The Russians let their arms dealers in Asked how France could have known, he said nothing.")).toHaveLength(1);
  });

  it("finds an opening quote glued to a capitalised word after a non-reporting word", () => {
    const text = 'Rebels overran the garrison town of Diabaly, in central "They took Diabaly after fierce fighting," Le Drian told BFM television.';
    expect(broken(text)[0]).toMatch(/in central$/);
    expect(intact(text)[0]).toMatch(/^"They took Diabaly/);
  });

  it("does not take a newspaper or film title after a preposition for a splice", () => {
    expect(broken("He was abused by a headline in The Sun newspaper, and his family never forgave it.")).toEqual([]);
    expect(broken("He became a screen actor with appearances in The Hunger and the stage play The Elephant Man.")).toEqual([]);
  });

  it("breaks sentences exactly where the reader shows a gap, so the two never disagree", () => {
    const text = 'Rebels took the town, in central "They took Diabaly after fierce fighting," he said.\n\nThe Russians let their arms dealers in Asked how France could have known, he said nothing.';
    const doc = segment(text);
    const gaps = findArticleGaps(splitParagraphs(text));
    expect(gaps).toHaveLength(2);
    for (const g of gaps) expect(doc.sentences.find((s) => s.end <= g && doc.sentences[s.index + 1]?.start === g)?.broken).toMatch(/splice/);
  });

  it("breaks the first sentence of a paragraph that carries on a sentence cut at the break", () => {
    const text = "The show covers all 75 deaths in the plays, including a fly squashed in Titus\n\nAndronicus – by stabbing, poisoning and smashing across the plays. Tickets go on sale in May.";
    expect(broken(text)).toContain("Andronicus – by stabbing, poisoning and smashing across the plays.");
    expect(intact(text)).toContain("Tickets go on sale in May.");
  });

  it("computes once whether a sentence carries someone's words", () => {
    const doc = segment('"We will not give in to threats," the minister said. The council voted to close the bridge.');
    expect(doc.sentences.map((s) => s.speech)).toEqual([true, false]);
  });

  it("exempts Title Case runs and names after reporting verbs", () => {
    const text = "He is the author of the book The New Terrorists, and he told The Guardian that it was true.";
    expect(broken(text)).toEqual([]);
  });

  it("marks sentences under a quotation that never closes as broken", () => {
    const text = '"We will not give in to terrorists. Like other countries, the expert said he believed it.\n\nHe said they had weapons.';
    expect(broken(text)).toHaveLength(2);
    expect(intact(text)).toEqual(["He said they had weapons."]);
  });

  it("accepts a quotation that continues into the next paragraph", () => {
    const text = '"This is the moment of our deepest sorrow. Our nation has lost its greatest son.\n\n"Fellow citizens, he brought us together."';
    expect(broken(text)).toEqual([]);
  });

  it("flags a fragment that does not end like a sentence", () => {
    expect(broken("He told")).toEqual(["He told"]);
  });
});

describe("segment: names that look like sentence ends or splices", () => {
  it("does not end a sentence at the dot of a quoted domain name", () => {
    const text = 'The company applied for the ".shop" domain last year. Regulators said no.';
    expect(segment(text).sentences.map((s) => s.text)).toEqual(['The company applied for the ".shop" domain last year.', "Regulators said no."]);
  });

  it("does not end a sentence inside a web address such as Example.com", () => {
    const text = "Shoppers moved to Example.com within a month. Stores closed.";
    expect(segment(text).sentences.map((s) => s.text)).toEqual(["Shoppers moved to Example.com within a month.", "Stores closed."]);
  });

  it("keeps a Title Case name joined by 'for' and 'and' as one name, not a splice", () => {
    const text = "The row went to the Agency for Assigned Names and Numbers in the autumn.";
    expect(broken(text)).toEqual([]);
  });
});

describe("hasSpeech", () => {
  it("counts a quotation of four or more words as someone's words", () => {
    expect(hasSpeech('"We will not give in to threats," the minister said.')).toBe(true);
  });

  it("counts a quote mark left open as speech", () => {
    expect(hasSpeech('"We will not give in, the minister said.')).toBe(true);
  });

  it("does not count a quoted term of up to three words", () => {
    expect(hasSpeech('The company applied for the ".shop" domain last year.')).toBe(false);
    expect(hasSpeech('Locals call the rat "the Red Rat" because of its fur.')).toBe(false);
  });

  it("does not count a sentence without quote marks", () => {
    expect(hasSpeech("The council voted to close the bridge.")).toBe(false);
  });
});

describe("sentence ends wink misses", () => {
  it("splits after a full stop glued to a unit or closed by a quote, never after an initial or a title", () => {
    const texts = (t: string) => segment(t).sentences.map((s) => s.text);
    expect(texts('Sales fell from $405m to $392m. Visitors dropped by a tenth.')).toEqual(["Sales fell from $405m to $392m.", "Visitors dropped by a tenth."]);
    expect(texts('"For part-time staff it is 60p." The ministry will also pay for a panel.')).toEqual(['"For part-time staff it is 60p."', "The ministry will also pay for a panel."]);
    expect(texts("The letter was signed by J. Smith and Mr. Brown of the council.")).toHaveLength(1);
  });
});
