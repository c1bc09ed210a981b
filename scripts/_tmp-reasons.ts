import { readFileSync, readdirSync } from "node:fs";
import { cleanText, pipeline, splitHeadline } from "../lib/generate";
const want = process.argv[2];
for (const f of readdirSync("/tmp/gen-dev").sort()) {
  const { headline, body } = splitHeadline(cleanText(readFileSync("/tmp/gen-dev/" + f, "utf8")));
  const run = pipeline(body, 10, headline ?? "");
  for (const r of run.rejected.filter((r) => r.reason === want)) console.log(f, "|", r.detail, "|", r.candidate.body.prompt.slice(0, 120));
}
