/**
 * The wall time of a Playwright trace's `walk:` steps (tests/e2e/teacher-path-timed.spec.ts),
 * read from the trace itself: each step from its start to its end, and the walk from the first
 * step's start to the last one's end. Run: npx tsx scripts/trace-steps.ts path/to/trace.zip
 */
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";

type TraceEvent = { type?: string; callId?: string; title?: string; startTime?: number; endTime?: number };

const file = process.argv[2];
if (!file) {
  console.error("usage: npx tsx scripts/trace-steps.ts trace.zip");
  process.exit(2);
}

const entries = unzipSync(readFileSync(file));
const steps = new Map<string, { title: string; start: number; end?: number }>();
for (const [name, bytes] of Object.entries(entries)) {
  if (!name.endsWith(".trace")) continue;
  for (const line of strFromU8(bytes).split("\n")) {
    if (!line.trim()) continue;
    const event = JSON.parse(line) as TraceEvent;
    if (!event.callId) continue;
    if (event.type === "before" && event.title?.startsWith("walk:") && event.startTime !== undefined) {
      steps.set(event.callId, { title: event.title, start: event.startTime });
    } else if (event.type === "after" && event.endTime !== undefined) {
      const step = steps.get(event.callId);
      if (step) step.end = event.endTime;
    }
  }
}

const done = [...steps.values()].filter((s) => s.end !== undefined).sort((a, b) => a.start - b.start);
if (!done.length) {
  console.error(`no finished "walk:" steps in ${file}`);
  process.exit(1);
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
for (const s of done) console.log(`${seconds(s.end! - s.start).padStart(8)}  ${s.title.replace(/^walk: /, "")}`);
console.log(`${seconds(done.at(-1)!.end! - done[0]!.start).padStart(8)}  the whole walk, first step's start to last step's end`);
