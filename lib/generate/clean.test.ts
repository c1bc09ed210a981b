import { describe, expect, it } from "vitest";
import { cleanText, repairMojibake, stripHtml, stripMarkdown } from "./clean";

describe("cleanText", () => {
  it("repairs the seed's truncated ellipsis and ordinary double-encoded UTF-8", () => {
    expect(repairMojibake("They took Diabaly \u00e2\u00a6 after")).toBe("They took Diabaly … after");
    expect(repairMojibake("the Elys\u00c3\u00a9e")).toBe("the Elysée");
    expect(repairMojibake("it\u00e2\u20ac\u2122s")).toBe("it’s");
  });

  it("straightens curly quotes and drops the byte-order mark", () => {
    expect(cleanText("\uFEFF“It’s fine,” she said.")).toBe(`"It's fine," she said.`);
  });

  it("keeps a curly closing quote's direction when a space precedes it", () => {
    expect(cleanText("called the “symbol of obscenity ”.")).toBe('called the "symbol of obscenity".');
  });

  it("makes each line a paragraph separated by a blank line", () => {
    expect(cleanText("First  paragraph.\r\nSecond\tparagraph.\n\n\n")).toBe("First paragraph.\n\nSecond paragraph.");
  });

  it("joins wrapped lines when blank lines mark the paragraphs", () => {
    expect(cleanText("One line\nwrapped here.\n\nNext one.")).toBe("One line wrapped here.\n\nNext one.");
  });

  it("strips pasted HTML to its text, paragraph by paragraph", () => {
    const html = "<html><head><style>p{}</style></head><body><h1>Title</h1><p>A &amp; B met <b>here</b>.</p><script>x()</script><p>Then&nbsp;left.</p></body></html>";
    expect(cleanText(html)).toBe("Title\n\nA & B met here.\n\nThen left.");
    expect(stripHtml("<p>x</p>")).toContain("x");
  });

  it("strips Markdown syntax but keeps the words", () => {
    expect(stripMarkdown("# Head\n\nSome **bold** and [a link](http://x.y) here.")).toBe("Head\n\nSome bold and a link here.");
    expect(cleanText("## News\n\n- item *one*\n- item two")).toBe("News\n\nitem one\n\nitem two");
  });
});
