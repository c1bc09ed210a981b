/**
 * npm run bench:generate — time and memory to generate a quiz from ~1,000 and ~10,000 words,
 * cold (a fresh process: model load + first run) and warm (median of repeated runs), each as a
 * ratio against just tokenising the same text with wink-nlp in the same process.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

// The shared folder sits beside the repository (../shared), or beside a worktree's parent folder.
const ARTICLES = ["../../shared/articles/", "../../../shared/articles/"].map((p) => fileURLToPath(new URL(p, import.meta.url))).find((p) => existsSync(p)) ?? fileURLToPath(new URL("../../shared/articles/", import.meta.url));

function input(words: number): string {
  const paras: string[] = [];
  let n = 0;
  const files = readdirSync(ARTICLES).filter((f) => f.endsWith(".txt")).sort();
  for (let round = 0; n < words; round++) {
    for (const f of files) {
      for (const p of readFileSync(join(ARTICLES, f), "utf8").replace(/^\uFEFF/, "").split("\n")) {
        if (!p.trim()) continue;
        paras.push(p.trim());
        n += p.split(/\s+/).filter(Boolean).length;
        if (n >= words) return paras.join("\n");
      }
    }
    if (round > 100) break;
  }
  return paras.join("\n");
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** One fresh process: the first call is cold; then tokenise and generate alternate, so machine load hits both alike. */
async function measure(mode: "tokenise" | "generate", words: number, runs: number) {
  const text = input(words);
  const { tokenCount } = await import("../lib/generate/nlp");
  const { generateQuiz } = await import("../lib/generate");
  const tokenise = () => tokenCount(text);
  const generate = () => generateQuiz(text, { count: 10 });
  const timed = (f: () => unknown) => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    f();
    return { ms: performance.now() - t0, heap: process.memoryUsage().heapUsed - before };
  };
  const first = timed(mode === "tokenise" ? tokenise : generate).ms;
  timed(mode === "tokenise" ? generate : tokenise);
  const tok: number[] = [];
  const gen: number[] = [];
  let heap = 0;
  for (let i = 0; i < runs; i++) {
    tok.push(timed(tokenise).ms);
    const g = timed(generate);
    gen.push(g.ms);
    heap = Math.max(heap, g.heap);
  }
  return { first, tokWarm: median(tok), genWarm: median(gen), heapMb: heap / 2 ** 20, rssMb: process.memoryUsage().rss / 2 ** 20, words: text.split(/\s+/).length };
}

type Result = Awaited<ReturnType<typeof measure>>;

function child(mode: string, words: number, runs: number): Result {
  const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), "--child", mode, String(words), String(runs)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Result;
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--child") {
    console.log(JSON.stringify(await measure(args[1] as "tokenise" | "generate", Number(args[2]), Number(args[3]))));
    return;
  }
  const rows: string[][] = [];
  for (const words of [1000, 10000]) {
    const runs = words > 5000 ? 7 : 15;
    // Cold and warm in separate fresh processes, so one does not warm the other.
    const tok = child("tokenise", words, runs);
    const gen = child("generate", words, runs);
    rows.push([
      `~${words.toLocaleString("en-GB")} (${gen.words})`,
      tok.first.toFixed(1), gen.first.toFixed(1), (gen.first / tok.first).toFixed(1) + "×",
      gen.tokWarm.toFixed(1), gen.genWarm.toFixed(1), (gen.genWarm / gen.tokWarm).toFixed(1) + "×",
      gen.heapMb.toFixed(1), gen.rssMb.toFixed(0),
    ]);
  }
  const head = ["words", "tokenise cold ms", "generate cold ms", "cold ratio", "tokenise warm ms", "generate warm ms", "warm ratio", "generate heap Δ MB", "rss MB"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => "| " + r.map((c, i) => c.padStart(widths[i]!)).join(" | ") + " |";
  console.log(line(head));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of rows) console.log(line(r));
  console.log("\ncold = first call in a fresh process (includes loading the wink model and compromise's lexicon); warm = median of later calls, tokenise and generate alternating in one process.");
}

void main();
