/**
 * Reading XML safely, and writing it. fast-xml-parser does the parsing with entity processing
 * off; a document that declares a DOCTYPE or entities is refused outright (no external entity can
 * be resolved, and no "billion laughs" expansion can happen). The parse result is turned into a
 * small ordered tree, because question text is mixed content (text and tags interleaved).
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { FormatError } from "./types";
import { escapeXml } from "./text";

export type XText = { text: string };
export type XElement = { name: string; attrs: Record<string, string>; children: XNode[] };
export type XNode = XElement | XText;

const options = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  cdataPropName: "#cdata",
  removeNSPrefix: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
} as const;
// Readers match local names (other tools write prefixes); the validator checks them as written.
const parser = new XMLParser(options);
const prefixedParser = new XMLParser({ ...options, removeNSPrefix: false });

/** The five XML entities and character references; nothing else is expanded. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[ref]!;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

type Raw = Record<string, unknown>;

function convert(nodes: Raw[], depth: number): XNode[] {
  if (depth > 200) throw new FormatError("malformed", "The XML is nested too deeply.");
  const out: XNode[] = [];
  for (const node of nodes) {
    if ("#text" in node) out.push({ text: decodeXmlEntities(String(node["#text"])) });
    else if ("#cdata" in node) {
      const inner = node["#cdata"] as Raw[];
      out.push({ text: inner.map((t) => String(t["#text"] ?? "")).join("") });
    } else {
      const name = Object.keys(node).find((k) => k !== ":@");
      if (!name) continue;
      const rawAttrs = (node[":@"] ?? {}) as Record<string, unknown>;
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = decodeXmlEntities(String(v));
      out.push({ name, attrs, children: convert(node[name] as Raw[], depth + 1) });
    }
  }
  return out;
}

/** Parses a document and answers its root element; malformed or unsafe XML is a FormatError. */
export function parseXml(source: string, { keepPrefixes = false } = {}): XElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) {
    throw new FormatError(
      "unsafe",
      "The XML declares a DOCTYPE or entities. Readcheck does not read those (they can point at outside files or expand without end); remove the declaration and upload again.",
    );
  }
  let nodes: XNode[];
  try {
    const valid = XMLValidator.validate(source);
    if (valid !== true) {
      throw new FormatError("malformed", `The XML is not well-formed: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col}).`);
    }
    nodes = convert((keepPrefixes ? prefixedParser : parser).parse(source) as Raw[], 0);
  } catch (err) {
    if (err instanceof FormatError) throw err;
    throw new FormatError("malformed", "The XML could not be read (it may be nested too deeply or be cut short).");
  }
  const root = nodes.find((n): n is XElement => "name" in n);
  if (!root) throw new FormatError("malformed", "The XML has no root element.");
  return root;
}

export const isElement = (n: XNode): n is XElement => "name" in n;
export const childElements = (el: XElement, name?: string) =>
  el.children.filter((c): c is XElement => isElement(c) && (name === undefined || c.name === name));
export const child = (el: XElement | undefined, name: string) => (el ? childElements(el, name)[0] : undefined);

/** All descendants named `name`, depth first. */
export function descendants(el: XElement, name: string): XElement[] {
  const found: XElement[] = [];
  for (const c of childElements(el)) {
    if (c.name === name) found.push(c);
    found.push(...descendants(c, name));
  }
  return found;
}

/** The text content of an element (all descendant text, in order). */
export const textContent = (el: XElement | undefined): string =>
  el ? el.children.map((c) => (isElement(c) ? textContent(c) : c.text)).join("") : "";

/** The element's content written back out as (X)HTML, e.g. to hand to the HTML sanitizer. */
export function innerXml(el: XElement, skip: (e: XElement) => boolean = () => false): string {
  return el.children
    .map((c) => {
      if (!isElement(c)) return escapeXml(c.text);
      if (skip(c)) return "";
      const attrs = Object.entries(c.attrs)
        .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
        .join("");
      return c.children.length ? `<${c.name}${attrs}>${innerXml(c, skip)}</${c.name}>` : `<${c.name}${attrs}/>`;
    })
    .join("");
}

/** Writing: a tiny element builder that escapes every attribute and text. */
export type Child = string | RawXml | null | undefined | false | Child[];
export class RawXml {
  constructor(readonly xml: string) {}
}
/** Markup that is already XML (e.g. our own textToHtml output). */
export const raw = (xml: string) => new RawXml(xml);

export function el(name: string, attrs: Record<string, string | number | undefined> = {}, ...children: Child[]): RawXml {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
  const body = serialize(children);
  return raw(body ? `<${name}${a}>${body}</${name}>` : `<${name}${a}/>`);
}

function serialize(children: Child[]): string {
  return children
    .map((c) => (c === null || c === undefined || c === false ? "" : Array.isArray(c) ? serialize(c) : c instanceof RawXml ? c.xml : escapeXml(c)))
    .join("");
}

export const xmlDocument = (root: RawXml) => `<?xml version="1.0" encoding="UTF-8"?>\n${root.xml}\n`;

/** Wrap HTML text in CDATA for Moodle, splitting any "]]>" it contains. */
export const cdata = (s: string) => raw(`<![CDATA[${s.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`);
