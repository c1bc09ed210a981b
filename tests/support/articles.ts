import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * A long article of about `words` words for generator load: the Serval fixture's paragraphs,
 * repeated with a report number so the sentences are not all identical.
 */
export function longArticle(words: number): string {
  const paragraphs = readFileSync(path.join(process.cwd(), "tests", "fixtures", "serval-article.txt"), "utf8").split(/\n\s*\n/);
  const out: string[] = [];
  let count = 0;
  for (let round = 1; count < words; round++) {
    for (const p of paragraphs) {
      const text = round === 1 ? p : p.replace(/\.(\s|$)/, ` in report ${round}.$1`);
      out.push(text);
      count += text.split(/\s+/).length;
    }
  }
  return out.join("\n\n");
}
