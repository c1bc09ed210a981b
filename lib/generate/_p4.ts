import { readFileSync } from "node:fs";
import { cleanText, pipeline } from "./index";
const t = cleanText(readFileSync(process.argv[2]!, "utf8"));
const { candidates, chosen } = pipeline(t, Number(process.argv[3] ?? 10));
for (const c of candidates.sort((a, b) => b.score - a.score).slice(0, 40)) console.log(chosen.includes(c) ? "*" : " ", c.score.toFixed(2), c.family, c.sentences.join(","), c.key.join("|").slice(0, 30), "::", c.body.prompt.slice(0, 80));
