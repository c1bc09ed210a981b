import { readFileSync } from "node:fs";
import { cleanText } from "./clean";
import { segment } from "./sentences";
const f = process.argv[2]!;
const t = cleanText(readFileSync(f, "utf8"));
const d = segment(t);
for (const s of d.sentences) console.log(`${s.index} p${s.para} ${s.broken ? "BROKEN(" + s.broken + ")" : "ok"}${s.quoted ? " Q" : ""} | ${s.text.slice(0, 110)}`);
