import { describe, expect, it } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sampleQuiz } from "./fixtures/sample-quiz";
import { exportQuiz, FormatError, importQuiz } from "./index";
import { readZip, safeEntryName } from "./zip";

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof FormatError) return err.code;
    throw err;
  }
  return "no error";
};

describe("hostile XML", () => {
  it("refuses an external entity (XXE) without reading it", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><quiz><question type="shortanswer"><name><text>&xxe;</text></name></question></quiz>`;
    expect(code(() => importQuiz(strToU8(xxe)))).toBe("unsafe");
    expect(() => importQuiz(strToU8(xxe))).toThrow(/DOCTYPE/);
  });

  it("refuses entity expansion (billion laughs)", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><quiz>&lol2;</quiz>`;
    expect(code(() => importQuiz(strToU8(lol)))).toBe("unsafe");
  });

  it("answers malformed XML with where it broke", () => {
    expect(() => importQuiz(strToU8("<quiz><question type='truefalse'><name></question></quiz>"))).toThrow(/not well-formed.*line 1/);
  });

  it("survives absurd nesting", () => {
    const deep = `<quiz>${"<a>".repeat(50_000)}${"</a>".repeat(50_000)}</quiz>`;
    expect(code(() => importQuiz(strToU8(deep)))).toBe("malformed");
  });

  it("leaves no undeclared entity expanded", () => {
    const xml = `<quiz><question type="truefalse"><name><text>t</text></name><questiontext format="plain_text"><text>A &amp; B &unknown; &#65;</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;
    const r = importQuiz(strToU8(xml));
    expect(r.quiz.questions[0]!.prompt).toBe("A & B &unknown; A");
  });
});

describe("HTML in imported text", () => {
  it("removes scripts, handlers and images, keeps the words, and says so", () => {
    const gift = `::q::[html]<p>Who <b>won</b>?<script>alert(1)</script><img src\\=x onerror\\=alert(2)></p> {=France ~Mali}`;
    const r = importQuiz(strToU8(gift));
    expect(r.quiz.questions[0]!.prompt).toBe("Who won?");
    expect(JSON.stringify(r.quiz)).not.toMatch(/alert|script|onerror/);
    expect(r.notes.join(" ")).toMatch(/Unsafe HTML/);
  });

  it("cleans Moodle XML's CDATA HTML the same way", () => {
    const xml = `<quiz><question type="truefalse"><name><text>t</text></name><questiontext format="html"><text><![CDATA[<p onclick="x()">Mali is in <a href="javascript:alert(1)">Africa</a>.</p><iframe src="//evil"></iframe>]]></text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;
    const r = importQuiz(strToU8(xml));
    expect(r.quiz.questions[0]!.prompt).toBe("Mali is in Africa.");
    expect(r.notes.join(" ")).toMatch(/Unsafe HTML/);
  });

  it("cleans a QTI package's items and its article stimulus the same way", () => {
    const files = unzipSync(exportQuiz(sampleQuiz, "qti").body);
    const dirty = (path: string, from: string, to: string) => strToU8(strFromU8(files[path]!).replace(from, to));
    const hostile = zipSync({
      ...files,
      "items/name.xml": dirty("items/name.xml", "<qti-prompt>What was", '<qti-prompt><img src="x" onerror="alert(1)"/><script>alert(2)</script>What was'),
      "article.xml": dirty("article.xml", "<p>France sent troops", '<p><iframe src="https://evil.example"></iframe>France sent <a href="javascript:alert(3)">troops</a>'),
    });
    const r = importQuiz(hostile);
    expect(r.skipped).toEqual([]);
    expect(r.quiz.questions.find((q) => q.id === "name")!.prompt).toBe("What was the operation named after?");
    expect(r.quiz.article!.text).toBe(sampleQuiz.article.text);
    expect(JSON.stringify(r.quiz)).not.toMatch(/alert|script|iframe|javascript/);
    expect(r.notes.join(" ")).toMatch(/Unsafe HTML .* article/);
  });

  it("does not let an escaped tag come back to life", () => {
    const gift = `::q::[html]Is &lt;script&gt;alert(1)&lt;/script&gt; code? {T}`;
    const r = importQuiz(strToU8(gift));
    // Decoded to text, never to markup: the prompt is shown as text by React.
    expect(r.quiz.questions[0]!.prompt).toBe("Is <script>alert(1)</script> code?");
  });
});

describe("hostile zips", { timeout: 30_000 }, () => {
  it("refuses a zip bomb by its unpacked size", () => {
    const bomb = zipSync({ "imsmanifest.xml": strToU8("<manifest/>"), "items/a.xml": new Uint8Array(30_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    expect(code(() => importQuiz(bomb))).toBe("too_large");
  });

  it("cannot be inflated past the size the directory declares", () => {
    const zip = zipSync({ "a.xml": new Uint8Array(3_000_000).fill(32) }, { level: 9 });
    // Patch the central directory's uncompressed size (offset 24 of the header) down to 100 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let cd = zip.length - 22;
    while (view.getUint32(cd, true) !== 0x06054b50) cd--;
    const dir = view.getUint32(cd + 16, true);
    view.setUint32(dir + 24, 100, true);
    const { xml } = readZip(zip);
    expect(xml.get("a.xml")!.length).toBeLessThanOrEqual(100);
  });

  it("refuses paths that climb out or start at a root", () => {
    for (const name of ["../evil.xml", "items/../../evil.xml", "/etc/evil.xml", "C:/evil.xml", "a\\..\\b.xml"]) {
      expect(safeEntryName(name), name).toBe(false);
      const zip = zipSync({ "imsmanifest.xml": strToU8("<manifest/>"), [name]: strToU8("<x/>") });
      expect(code(() => importQuiz(zip)), name).toBe("unsafe");
    }
    expect(safeEntryName("items/q1.xml")).toBe(true);
  });

  it("reads nothing outside the package when a manifest href climbs out", () => {
    const files = unzipSync(exportQuiz(sampleQuiz, "qti").body);
    const manifest = strFromU8(files["imsmanifest.xml"]!).replaceAll('href="items/name.xml"', 'href="../../../etc/passwd"');
    const r = importQuiz(zipSync({ ...files, "imsmanifest.xml": strToU8(manifest) }));
    // The test lists its items itself, so every question but none of /etc is read.
    expect(JSON.stringify(r)).not.toMatch(/root:/);
    expect(r.quiz.questions.length).toBe(sampleQuiz.questions.length);
  });

  it("refuses too many entries", () => {
    const files = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`f${i}.xml`, strToU8("<x/>")]));
    expect(code(() => importQuiz(zipSync(files)))).toBe("unsafe");
  });

  it("answers a broken zip and a zip that is no QTI package", () => {
    const zip = zipSync({ "readme.xml": strToU8("<x/>") });
    expect(() => importQuiz(zip)).toThrow(/imsmanifest/);
    const cut = zipSync({ "imsmanifest.xml": strToU8("<manifest/>") }).slice(0, 30);
    expect(["malformed", "wrong_format"]).toContain(code(() => importQuiz(cut)));
  });

  it("refuses text that is not UTF-8", () => {
    expect(code(() => importQuiz(new Uint8Array([0x3a, 0x3a, 0xff, 0xfe, 0x7b, 0x7d])))).toBe("wrong_format");
  });
});
