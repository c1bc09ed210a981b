import { readdirSync, readFileSync } from "node:fs";
import { cleanText } from "./clean";
import { segment } from "./sentences";
import { findEntities } from "./entities";
import { findRelations } from "./relations";
import { buildCandidates } from "./questions";
import { select } from "./rank";
const dir = "/work/shared/articles/";
const text = cleanText(readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(dir + f, "utf8").replace(/^\uFEFF/, "")).join("\n"));
for (let r = 0; r < 3; r++) {
  let t = performance.now(); const lap = (n: string) => { const x = performance.now(); console.log(n, (x - t).toFixed(0)); t = x; };
  const d = segment(text); lap("segment");
  const e = findEntities(d); lap("entities");
  const rel = findRelations(d, e); lap("relations");
  const c = buildCandidates(d, e, rel); lap("candidates " + c.length);
  select(d, c, 10); lap("select");
}
import { generateQuiz } from "./index";
for (let r = 0; r < 4; r++) { const t0 = performance.now(); generateQuiz(text); console.log("generateQuiz", (performance.now() - t0).toFixed(0)); }
for (let r = 0; r < 2; r++) { const t0 = performance.now(); cleanText(text); console.log("clean", (performance.now() - t0).toFixed(0)); }
