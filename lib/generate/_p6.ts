import { readdirSync, readFileSync } from "node:fs";
import { cleanText } from "./clean";
import { analyse, getNlp } from "./nlp";
import { segment } from "./sentences";
const dir = "/work/shared/articles/";
const text = cleanText(readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(dir + f, "utf8").replace(/^\uFEFF/, "")).join("\n"));
getNlp();
for (let r = 0; r < 3; r++) {
  let t0 = performance.now(); analyse(text); console.log("whole", (performance.now() - t0).toFixed(0));
  t0 = performance.now(); const re = /[^\n]+/g; for (let m = re.exec(text); m; m = re.exec(text)) analyse(m[0], m.index); console.log("paras", (performance.now() - t0).toFixed(0));
  t0 = performance.now(); getNlp().readDoc(text); console.log("readDoc", (performance.now() - t0).toFixed(0));
  t0 = performance.now(); segment(text); console.log("segment", (performance.now() - t0).toFixed(0));
}
