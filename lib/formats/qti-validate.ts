/**
 * The checks the QTI 3.0 XSD (imsqti_asiv3p0_v1p0.xsd) and the content-packaging XSD would make
 * on the elements our exporter writes — the XSD itself is not published in any package we can
 * install here — plus the cross-references the XSD cannot check (every response-identifier
 * declared, every href in the package). Used by tests on every export.
 */
import { strFromU8, unzipSync } from "fflate";
import { childElements, descendants, isElement, parseXml, textContent, type XElement } from "./xml";
import { QTI_NS, CP_NS } from "./qti-shared";

type Rule = { required?: string[]; optional?: string[]; children?: string[] | "flow" | "text"; ordered?: boolean };

const IDENT = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const BASE_TYPES = ["identifier", "boolean", "integer", "float", "string", "point", "pair", "directedPair", "duration", "file", "uri"];
const CARDINALITY = ["single", "multiple", "ordered", "record"];
const XHTML_INLINE = ["b", "i", "em", "strong", "span", "br", "sub", "sup"];
const EXPR = ["qti-match", "qti-equal", "qti-is-null", "qti-and", "qti-sum", "qti-map-response", "qti-variable", "qti-correct", "qti-base-value"];

const RULES: Record<string, Rule> = {
  "qti-assessment-item": {
    required: ["identifier", "title", "time-dependent"],
    optional: ["xmlns", "xmlns:xsi", "xsi:schemaLocation", "adaptive", "xml:lang", "label"],
    children: ["qti-response-declaration", "qti-outcome-declaration", "qti-assessment-stimulus-ref", "qti-item-body", "qti-response-processing", "qti-modal-feedback"],
    ordered: true,
  },
  "qti-response-declaration": { required: ["identifier", "cardinality"], optional: ["base-type"], children: ["qti-correct-response", "qti-mapping"], ordered: true },
  "qti-outcome-declaration": { required: ["identifier", "cardinality"], optional: ["base-type"], children: ["qti-default-value"] },
  "qti-correct-response": { children: ["qti-value"] },
  "qti-default-value": { children: ["qti-value"] },
  "qti-value": { children: "text" },
  "qti-mapping": { optional: ["lower-bound", "upper-bound", "default-value"], children: ["qti-map-entry"] },
  "qti-map-entry": { required: ["map-key", "mapped-value"], optional: ["case-sensitive"], children: [] },
  "qti-assessment-stimulus-ref": { required: ["identifier", "href"], optional: ["title"], children: [] },
  "qti-item-body": { children: "flow" },
  "qti-choice-interaction": { required: ["response-identifier"], optional: ["max-choices", "min-choices", "shuffle"], children: ["qti-prompt", "qti-simple-choice"], ordered: true },
  "qti-order-interaction": { required: ["response-identifier"], optional: ["shuffle"], children: ["qti-prompt", "qti-simple-choice"], ordered: true },
  "qti-match-interaction": { required: ["response-identifier"], optional: ["max-associations", "shuffle"], children: ["qti-prompt", "qti-simple-match-set"], ordered: true },
  "qti-hottext-interaction": { required: ["response-identifier"], optional: ["max-choices"], children: ["qti-prompt", "p"], ordered: true },
  "qti-hottext": { required: ["identifier"], children: "flow" },
  "qti-simple-match-set": { children: ["qti-simple-associable-choice"] },
  "qti-simple-associable-choice": { required: ["identifier", "match-max"], children: "flow" },
  "qti-simple-choice": { required: ["identifier"], children: "flow" },
  "qti-prompt": { children: "flow" },
  "qti-text-entry-interaction": { required: ["response-identifier"], optional: ["expected-length"], children: [] },
  "qti-response-processing": { children: ["qti-response-condition", "qti-set-outcome-value"] },
  "qti-response-condition": { children: ["qti-response-if", "qti-response-else"], ordered: true },
  "qti-response-if": { children: [...EXPR, "qti-set-outcome-value"] },
  "qti-response-else": { children: ["qti-set-outcome-value"] },
  "qti-set-outcome-value": { required: ["identifier"], children: EXPR },
  "qti-match": { children: EXPR },
  "qti-equal": { required: ["tolerance-mode"], optional: ["tolerance"], children: EXPR },
  "qti-is-null": { children: EXPR },
  "qti-and": { children: EXPR },
  "qti-sum": { children: [...EXPR, "qti-test-variables"] },
  "qti-map-response": { required: ["identifier"], children: [] },
  "qti-variable": { required: ["identifier"], children: [] },
  "qti-correct": { required: ["identifier"], children: [] },
  "qti-base-value": { required: ["base-type"], children: "text" },
  "qti-modal-feedback": { required: ["outcome-identifier", "identifier", "show-hide"], optional: ["title"], children: ["qti-content-body"] },
  "qti-content-body": { children: "flow" },
  "qti-assessment-stimulus": { required: ["identifier", "title"], optional: ["xmlns", "xmlns:xsi", "xsi:schemaLocation", "xml:lang"], children: ["qti-stimulus-body"] },
  "qti-stimulus-body": { children: "flow" },
  "qti-assessment-test": { required: ["identifier", "title"], optional: ["xmlns", "xmlns:xsi", "xsi:schemaLocation"], children: ["qti-outcome-declaration", "qti-test-part", "qti-outcome-processing"], ordered: true },
  "qti-test-part": { required: ["identifier", "navigation-mode", "submission-mode"], children: ["qti-assessment-section"] },
  "qti-assessment-section": { required: ["identifier", "title", "visible"], children: ["qti-assessment-item-ref"] },
  "qti-assessment-item-ref": { required: ["identifier", "href"], children: [] },
  "qti-outcome-processing": { children: ["qti-set-outcome-value"] },
  "qti-test-variables": { required: ["variable-identifier"], children: [] },
  p: { children: "flow" },
  ...Object.fromEntries(XHTML_INLINE.map((t) => [t, { children: "flow" as const }])),
};

const FLOW = new Set(["p", ...XHTML_INLINE, "qti-choice-interaction", "qti-order-interaction", "qti-match-interaction", "qti-text-entry-interaction", "qti-hottext-interaction", "qti-hottext"]);

function checkElement(el: XElement, where: string, problems: string[]) {
  const rule = RULES[el.name];
  if (!rule) {
    problems.push(`${where}: <${el.name}> is not an element the exporter may write`);
    return;
  }
  const allowed = new Set([...(rule.required ?? []), ...(rule.optional ?? []), "xmlns"]);
  for (const a of rule.required ?? []) if (el.attrs[a] === undefined) problems.push(`${where}: <${el.name}> needs @${a}`);
  for (const a of Object.keys(el.attrs)) if (!allowed.has(a) && !a.startsWith("xmlns")) problems.push(`${where}: <${el.name}> may not have @${a}`);
  for (const a of ["identifier", "response-identifier", "outcome-identifier"]) {
    if (el.attrs[a] !== undefined && !IDENT.test(el.attrs[a]!)) problems.push(`${where}: @${a}="${el.attrs[a]}" is not a QTI identifier`);
  }
  if (el.attrs["base-type"] !== undefined && !BASE_TYPES.includes(el.attrs["base-type"])) problems.push(`${where}: bad base-type ${el.attrs["base-type"]}`);
  if (el.attrs.cardinality !== undefined && !CARDINALITY.includes(el.attrs.cardinality)) problems.push(`${where}: bad cardinality ${el.attrs.cardinality}`);
  for (const a of ["max-choices", "min-choices", "max-associations", "match-max", "expected-length"]) {
    if (el.attrs[a] !== undefined && !/^\d+$/.test(el.attrs[a]!)) problems.push(`${where}: @${a} must be a non-negative integer`);
  }
  for (const a of ["shuffle", "adaptive", "time-dependent", "case-sensitive", "visible"]) {
    if (el.attrs[a] !== undefined && !["true", "false"].includes(el.attrs[a]!)) problems.push(`${where}: @${a} must be true or false`);
  }
  const kids = childElements(el);
  if (rule.children === "text") {
    if (kids.length) problems.push(`${where}: <${el.name}> holds text only`);
  } else if (rule.children === "flow") {
    for (const k of kids) if (!FLOW.has(k.name)) problems.push(`${where}: <${k.name}> is not allowed inside <${el.name}>`);
  } else {
    const list = rule.children ?? [];
    if (el.children.some((c) => !isElement(c) && c.text.trim())) problems.push(`${where}: <${el.name}> may not hold text`);
    let last = -1;
    for (const k of kids) {
      const at = list.indexOf(k.name);
      if (at < 0) problems.push(`${where}: <${k.name}> is not allowed inside <${el.name}>`);
      else if (rule.ordered && at < last) problems.push(`${where}: <${k.name}> is out of order inside <${el.name}>`);
      last = Math.max(last, at);
    }
  }
  kids.forEach((k, i) => checkElement(k, `${where}/${k.name}[${i}]`, problems));
}

function checkItemReferences(item: XElement, path: string, files: Set<string>, problems: string[]) {
  const responses = new Map(childElements(item, "qti-response-declaration").map((d) => [d.attrs.identifier!, d]));
  const outcomes = new Set(childElements(item, "qti-outcome-declaration").map((d) => d.attrs.identifier!));
  for (const i of descendants(item, "qti-item-body").flatMap((b) => [...descendants(b, "qti-choice-interaction"), ...descendants(b, "qti-order-interaction"), ...descendants(b, "qti-match-interaction"), ...descendants(b, "qti-text-entry-interaction"), ...descendants(b, "qti-hottext-interaction")])) {
    if (!responses.has(i.attrs["response-identifier"]!)) problems.push(`${path}: ${i.name} answers undeclared ${i.attrs["response-identifier"]}`);
    const ids = descendants(i, "qti-simple-choice").concat(descendants(i, "qti-simple-associable-choice"), descendants(i, "qti-hottext")).map((c) => c.attrs.identifier!);
    if (new Set(ids).size !== ids.length) problems.push(`${path}: choice identifiers repeat`);
    const decl = responses.get(i.attrs["response-identifier"]!);
    for (const v of decl ? descendants(decl, "qti-value") : []) {
      const value = textContent(v).trim();
      const type = decl!.attrs["base-type"];
      if (type === "identifier" && !ids.includes(value)) problems.push(`${path}: correct value ${value} is no choice`);
      if (type === "directedPair" && !value.split(" ").every((x) => ids.includes(x))) problems.push(`${path}: pair ${value} names no choice`);
      if (type === "float" && !Number.isFinite(Number(value))) problems.push(`${path}: ${value} is not a float`);
    }
  }
  checkHottext(item, path, problems);
  for (const v of [...descendants(item, "qti-variable"), ...descendants(item, "qti-correct"), ...descendants(item, "qti-map-response")]) {
    if (!responses.has(v.attrs.identifier!) && !outcomes.has(v.attrs.identifier!)) problems.push(`${path}: ${v.name} names undeclared ${v.attrs.identifier}`);
  }
  for (const s of descendants(item, "qti-set-outcome-value")) if (!outcomes.has(s.attrs.identifier!)) problems.push(`${path}: sets undeclared outcome ${s.attrs.identifier}`);
  for (const f of childElements(item, "qti-modal-feedback")) if (!outcomes.has(f.attrs["outcome-identifier"]!)) problems.push(`${path}: feedback on undeclared outcome`);
  for (const ref of childElements(item, "qti-assessment-stimulus-ref")) {
    const target = [...path.split("/").slice(0, -1), ref.attrs.href!].join("/").replace(/[^/]+\/\.\.\//g, "");
    if (!files.has(target)) problems.push(`${path}: stimulus ${ref.attrs.href} is not in the package`);
  }
}

/**
 * The XSD's hottext rules: a qti-hottext lives only inside a qti-hottext-interaction and holds
 * inline text, never another hottext or an interaction.
 */
function checkHottext(item: XElement, path: string, problems: string[]) {
  const interactions = descendants(item, "qti-hottext-interaction");
  const inside = new Set(interactions.flatMap((i) => descendants(i, "qti-hottext")));
  for (const h of descendants(item, "qti-hottext")) {
    if (!inside.has(h)) problems.push(`${path}: qti-hottext ${h.attrs.identifier} is outside a qti-hottext-interaction`);
    if (childElements(h).some((k) => k.name === "qti-hottext" || k.name.endsWith("-interaction"))) problems.push(`${path}: qti-hottext ${h.attrs.identifier} holds a hottext or an interaction`);
  }
}

/** Every problem found in an exported package; empty when it passes. */
export function validateQtiPackage(zip: Uint8Array): string[] {
  const problems: string[] = [];
  const files = new Map(Object.entries(unzipSync(zip)).map(([k, v]) => [k, strFromU8(v)]));
  const names = new Set(files.keys());
  const manifestXml = files.get("imsmanifest.xml");
  if (!manifestXml) return ["imsmanifest.xml is missing"];
  const manifest = parseXml(manifestXml, { keepPrefixes: true });
  if (manifest.name !== "manifest" || manifest.attrs.xmlns !== CP_NS) problems.push("manifest: wrong root or namespace");
  const resources = descendants(manifest, "resource");
  const resourceIds = resources.map((r) => r.attrs.identifier!);
  if (new Set(resourceIds).size !== resourceIds.length) problems.push("manifest: resource identifiers repeat");
  for (const r of resources) {
    if (!IDENT.test(r.attrs.identifier ?? "")) problems.push(`manifest: bad resource identifier ${r.attrs.identifier}`);
    if (!names.has(r.attrs.href ?? "")) problems.push(`manifest: ${r.attrs.href} is not in the package`);
    for (const f of childElements(r, "file")) if (!names.has(f.attrs.href ?? "")) problems.push(`manifest: file ${f.attrs.href} is missing`);
    for (const d of childElements(r, "dependency")) if (!resourceIds.includes(d.attrs.identifierref ?? "")) problems.push(`manifest: dependency ${d.attrs.identifierref} names no resource`);
  }
  for (const [path, xml] of files) {
    if (path === "imsmanifest.xml") continue;
    const root = parseXml(xml, { keepPrefixes: true });
    if (root.attrs.xmlns !== QTI_NS) problems.push(`${path}: not in the QTI 3.0 namespace`);
    checkElement(root, path, problems);
    if (root.name === "qti-assessment-item") checkItemReferences(root, path, names, problems);
    if (root.name === "qti-assessment-test") for (const ref of descendants(root, "qti-assessment-item-ref")) if (!names.has(ref.attrs.href ?? "")) problems.push(`${path}: item ${ref.attrs.href} is missing`);
  }
  const itemIds = [...files.entries()].filter(([p]) => p.startsWith("items/")).map(([, x]) => parseXml(x).attrs.identifier);
  if (new Set(itemIds).size !== itemIds.length) problems.push("item identifiers repeat");
  return problems;
}
