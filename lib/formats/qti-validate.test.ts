import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { strToU8, unzipSync, zipSync, strFromU8 } from "fflate";
import { exportQuiz } from "./index";
import { sampleQuiz } from "./fixtures/sample-quiz";
import { validateQtiPackage } from "./qti-validate";

describe("exported QTI passes the checks the QTI 3.0 XSD would make", () => {
  it("for the sample quiz (every question type)", () => {
    expect(validateQtiPackage(exportQuiz(sampleQuiz, "qti").body)).toEqual([]);
  });

  it("for ids that are not QTI identifiers (a leading digit) and awkward text", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9-][A-Za-z0-9_-]{0,6}$/), fc.constantFrom("<b>", "&", "]]>", '"quoted"'), (id, text) => {
        const quiz = { ...sampleQuiz, questions: sampleQuiz.questions.map((q, i) => ({ ...q, id: `${id}${i}`, prompt: `${q.prompt} ${text}` })) };
        expect(validateQtiPackage(exportQuiz(quiz, "qti").body)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  it("catches what it checks for (a broken package fails)", () => {
    const files = unzipSync(exportQuiz(sampleQuiz, "qti").body);
    const item = strFromU8(files["items/name.xml"]!).replace('response-identifier="RESPONSE"', 'response-identifier="NOPE"').replace("<qti-item-body>", '<qti-item-body><div class="x">');
    const broken = zipSync({ ...files, "items/name.xml": strToU8(item.replace("</qti-item-body>", "</div></qti-item-body>")) });
    const problems = validateQtiPackage(broken);
    expect(problems.some((p) => /undeclared NOPE/.test(p))).toBe(true);
    expect(problems.some((p) => /<div> is not allowed/.test(p))).toBe(true);
  });

  it("catches a hottext outside its interaction and one nested in another", () => {
    const files = unzipSync(exportQuiz(sampleQuiz, "qti").body);
    const item = strFromU8(files["items/proof.xml"]!)
      .replace("<qti-item-body>", '<qti-item-body><p><qti-hottext identifier="STRAY">x</qti-hottext></p>')
      .replace(/(<qti-hottext identifier="S_[0-9_]+">)/, '$1<qti-hottext identifier="NESTED">y</qti-hottext>');
    const problems = validateQtiPackage(zipSync({ ...files, "items/proof.xml": strToU8(item) }));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/STRAY is outside a qti-hottext-interaction/),
        expect.stringMatching(/holds a hottext or an interaction/),
      ]),
    );
  });
});
