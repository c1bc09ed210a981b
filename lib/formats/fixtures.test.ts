import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import { importQuiz } from "./index";

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "fixtures", name)));

describe("GIFT written from Moodle's documentation", () => {
  const r = importQuiz(fixture("moodle-docs.gift"));
  const q = (id: string) => r.quiz.questions.find((x) => x.id === id.toLowerCase() || x.id === id);

  it("reads the category as the title and every gradable question", () => {
    expect(r.format).toBe("gift");
    expect(r.quiz.title).toBe("Docs examples");
    expect(r.quiz.questions.map((x) => x.type)).toEqual(["truefalse", "single", "blank", "matching", "numeric", "numeric", "multiple", "short"]);
  });

  it("maps each type's key", () => {
    expect(q("Sky")).toMatchObject({ type: "truefalse", answer: true });
    expect(q("Colour")).toMatchObject({ type: "single", answer: "o1", options: [{ text: "yellow" }, { text: "red" }, { text: "blue" }] });
    expect(q("Sum")).toMatchObject({ type: "blank", prompt: "Three plus ___ equals six.", answer: [["three", "3"]] });
    expect(q("Food")).toMatchObject({ type: "matching", answer: { l1: "r1", l2: "r2", l3: "r3" } });
    expect(q("Range")).toMatchObject({ type: "numeric", answer: 3, tolerance: 2 });
    expect(q("Ends")).toMatchObject({ type: "numeric", answer: 3, tolerance: 2 });
    expect(q("Planets")).toMatchObject({ type: "multiple", answer: ["o1", "o2"] });
    expect(q("Capital")).toMatchObject({ type: "short", answer: ["Paris", "paris"], explanation: "Paris has been the capital since 987." });
  });

  it("skips the essay with its original text, and keeps going", () => {
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]!.original).toContain("How are you today?");
  });

  it("leaves evidence and most explanations for the editor", () => {
    expect(r.quiz.article).toBeNull();
    expect(r.quiz.questions.every((x) => x.evidence.length === 0)).toBe(true);
  });

  it("skips a broken question but imports the others", () => {
    const broken = new TextEncoder().encode("::Ok:: Fine? {T}\n\n::Bad:: Unclosed {=a ~b\n\n::Ok2:: Also fine? {F}\n");
    const b = importQuiz(broken);
    expect(b.quiz.questions.map((x) => x.id)).toEqual(["Ok", "Ok2"]);
    expect(b.skipped[0]!.reason).toMatch(/Not valid GIFT/);
    expect(b.skipped[0]!.original).toContain("Unclosed");
  });
});

describe("Moodle XML written from Moodle's documentation", () => {
  const r = importQuiz(fixture("moodle-docs.xml"));
  const q = (id: string) => r.quiz.questions.find((x) => x.id === id);

  it("maps multichoice, truefalse, shortanswer, numerical, matching and cloze", () => {
    expect(r.format).toBe("moodle");
    expect(r.quiz.title).toBe("XML examples");
    expect(q("Largest")).toMatchObject({ type: "single", prompt: "Which is the largest ocean?", points: 2, answer: "o1", explanation: "The Pacific." });
    expect(q("Water")).toMatchObject({ type: "truefalse", answer: true });
    expect(q("Author")).toMatchObject({ type: "short", prompt: "Who wrote Hamlet?", answer: ["Shakespeare", "William Shakespeare"] });
    expect(q("Days")).toMatchObject({ type: "numeric", answer: 366, unit: "days" });
    expect(q("Capitals")).toMatchObject({ type: "matching", right: [{ text: "Paris" }, { text: "Bamako" }, { text: "Lagos" }], answer: { l1: "r1", l2: "r2" } });
    expect(q("Cloze")).toMatchObject({ type: "blank", prompt: "Bamako is the capital of ___, on the river ___.", answer: [["Mali"], ["Niger"]] });
  });

  it("skips the essay and notes what cloze lost", () => {
    expect(r.skipped.map((s) => s.name)).toEqual(["Opinion"]);
    expect(r.notes.join(" ")).toMatch(/Cloze gaps that are multiple-choice/);
  });
});

describe("Aiken written from Moodle's documentation", () => {
  const r = importQuiz(fixture("moodle-docs.aiken.txt"));
  it("reads both option styles and skips the question without ANSWER", () => {
    expect(r.format).toBe("aiken");
    expect(r.quiz.questions).toHaveLength(2);
    expect(r.quiz.questions[1]).toMatchObject({ type: "single", answer: "o2", options: [{ text: "The Nile" }, { text: "The Niger" }] });
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]!.original).toContain("This one has no answer line");
  });
});

describe("a QTI 3.0 item from another system", () => {
  it("reads a single choice item with its prompt", () => {
    const r = importQuiz(fixture("qti-choice-item.xml"));
    expect(r.format).toBe("qti");
    expect(r.quiz.questions[0]).toMatchObject({
      id: "choice-1",
      type: "single",
      prompt: "Look at the text in the picture.\n\nWhat does it say?",
      answer: "ChoiceA",
    });
  });
});

describe("a QTI 3.0 hottext item another system wrote over its stimulus", () => {
  const passage = "The ship left Bristol in May. It reached Newfoundland in June. The crew had feared the ice.";
  const ns = 'xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0"';
  const item = (correct: string) => `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item ${ns} identifier="voyage" title="Voyage" adaptive="false" time-dependent="false">
  <qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="identifier">
    <qti-correct-response><qti-value>${correct}</qti-value></qti-correct-response>
  </qti-response-declaration>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
  <qti-assessment-stimulus-ref identifier="passage" href="passage.xml"/>
  <qti-item-body>
    <qti-hottext-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-prompt>Which sentence says when the ship arrived?</qti-prompt>
      <p><qti-hottext identifier="H1">The ship left Bristol in May.</qti-hottext> <qti-hottext identifier="H2">It reached Newfoundland in June.</qti-hottext> <qti-hottext identifier="H3">The crew had feared the ice.</qti-hottext></p>
    </qti-hottext-interaction>
  </qti-item-body>
  <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"/>
</qti-assessment-item>`;
  const pkg = (correct: string) =>
    zipSync({
      "imsmanifest.xml": strToU8(`<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="M"><resources>
        <resource identifier="R1" type="imsqti_item_xmlv3p0" href="voyage.xml"><file href="voyage.xml"/></resource>
        <resource identifier="R2" type="imsqti_stimulus_xmlv3p0" href="passage.xml"><file href="passage.xml"/></resource>
      </resources></manifest>`),
      "voyage.xml": strToU8(item(correct)),
      "passage.xml": strToU8(`<qti-assessment-stimulus ${ns} identifier="passage" title="The voyage"><qti-stimulus-body><p>${passage}</p></qti-stimulus-body></qti-assessment-stimulus>`),
    });

  it("becomes a select-evidence question whose key is the right sentence of the article", () => {
    const r = importQuiz(pkg("H2"));
    const key = { start: passage.indexOf("It reached"), end: passage.indexOf("It reached") + "It reached Newfoundland in June.".length };
    expect(r.quiz.article?.text).toBe(passage);
    expect(r.quiz.questions).toEqual([expect.objectContaining({ type: "evidence", prompt: "Which sentence says when the ship arrived?", answer: [key], maxSelect: 1 })]);
  });

  it("is skipped with a reason when its key is not in the article", () => {
    const r = importQuiz(pkg("H9"));
    expect(r.quiz.questions).toEqual([]);
    expect(r.skipped[0]!.reason).toMatch(/sentences Readcheck can find in the article/);
  });
});
