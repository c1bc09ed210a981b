/**
 * Unzipping an uploaded package without trusting it: at most MAX_ENTRIES entries, each XML file at
 * most MAX_ENTRY_BYTES and all of them together MAX_TOTAL_BYTES uncompressed, no path that climbs
 * out ("..") or starts at a root. fflate inflates into a buffer of the size the central directory
 * declares, so a member that lies about its size cannot grow past the cap either.
 */
import { unzipSync } from "fflate";
import { FormatError } from "./types";

export const ZIP_LIMITS = { maxEntries: 500, maxEntryBytes: 5_000_000, maxTotalBytes: 20_000_000 } as const;

export function isZip(bytes: Uint8Array) {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** A member name is safe when it is relative, uses "/" and never steps up a folder. */
export function safeEntryName(name: string): boolean {
  if (!name || name.includes("\0") || name.includes("\\")) return false;
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return false;
  return !name.split("/").some((part) => part === "..");
}

/** The package's XML files by path; anything else (images, media) is listed, not read. */
export function readZip(bytes: Uint8Array, limits = ZIP_LIMITS): { xml: Map<string, string>; others: string[] } {
  let entries = 0;
  let total = 0;
  const others: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        entries++;
        if (entries > limits.maxEntries) throw new FormatError("unsafe", `The package has more than ${limits.maxEntries} files.`);
        if (!safeEntryName(file.name)) throw new FormatError("unsafe", `The package holds a file whose path is not allowed: "${file.name.slice(0, 120)}".`);
        if (file.name.endsWith("/")) return false;
        if (!/\.xml$/i.test(file.name)) {
          others.push(file.name);
          return false;
        }
        if (file.originalSize > limits.maxEntryBytes) throw new FormatError("too_large", `"${file.name.slice(0, 120)}" unpacks to more than ${limits.maxEntryBytes / 1e6} MB.`);
        total += file.originalSize;
        if (total > limits.maxTotalBytes) throw new FormatError("too_large", `The package unpacks to more than ${limits.maxTotalBytes / 1e6} MB.`);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof FormatError) throw err;
    throw new FormatError("malformed", "The file is not a readable zip archive.");
  }
  const xml = new Map<string, string>();
  const decoder = new TextDecoder("utf-8", { fatal: false });
  for (const [name, data] of Object.entries(files)) xml.set(name, decoder.decode(data));
  return { xml, others };
}
