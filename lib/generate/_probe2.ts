import { readFileSync } from "node:fs";
import { cleanText } from "./clean";
import { segment } from "./sentences";
import { findEntities } from "./entities";
const t = cleanText(readFileSync(process.argv[2]!, "utf8"));
const d = segment(t);
const e = findEntities(d);
for (const x of e.entities) console.log(x.kind.padEnd(6), x.mentions.length, x.name, x.forms.length > 1 ? x.forms.join("|") : "");
if (process.argv[3]) for (const q of e.quantities) console.log(q.kind, q.text, q.value, q.unit ?? "");
