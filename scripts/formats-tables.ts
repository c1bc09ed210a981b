/**
 * Writes the format tables generated from lib/formats/capabilities.ts into README.md and
 * docs/formats.md, between their `<!-- formats-summary:start -->` / `formats-mapping` markers.
 * lib/formats/capabilities.test.ts fails while they differ. Usage: npx tsx scripts/formats-tables.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { capabilityTables } from "@/lib/formats/capabilities";

const tables = capabilityTables();
const targets = { "README.md": ["summary"], "docs/formats.md": ["summary", "mapping"] } as const;

for (const [file, names] of Object.entries(targets)) {
  let text = readFileSync(file, "utf8");
  for (const name of names) {
    const marker = new RegExp(`(<!-- formats-${name}:start -->\\n)[\\s\\S]*?(<!-- formats-${name}:end -->)`);
    if (!marker.test(text)) throw new Error(`${file} has no <!-- formats-${name}:start --> … end marker pair`);
    text = text.replace(marker, (_, start: string, end: string) => `${start}${tables[name]}${end}`);
  }
  writeFileSync(file, text);
  console.log(`${file}: ${names.join(", ")} written`);
}
