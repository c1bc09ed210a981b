/**
 * GET /api/quizzes/{id}/export and POST /api/quizzes/import against the built app: every format
 * out and back in as a new draft, who may export, and hostile uploads answered with a 4xx JSON
 * error that names the problem — never a 500.
 */
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CAPABILITIES } from "@/lib/formats/capabilities";
import { ApiClient } from "../support/api";
import { serval } from "../support/serval";
import { closeTestDb, createUser } from "../factories";

const baseUrl = inject("baseUrl");
let teacher: ApiClient;
let otherTeacher: ApiClient;
let student: ApiClient;
let quizId: string;
let libraryId: string;

const FORMATS = ["qti", "moodle", "gift", "aiken", "json"] as const;

async function signedIn(role: "teacher" | "student") {
  const user = await createUser(inject("databaseUrl"), { role });
  const client = new ApiClient(baseUrl);
  expect(await client.signIn(user.email, user.password)).toBe(true);
  return client;
}

beforeAll(async () => {
  [teacher, otherTeacher, student] = await Promise.all([signedIn("teacher"), signedIn("teacher"), signedIn("student")]);
  const created = await teacher.json("/api/quizzes", { method: "POST", json: { quiz: serval } });
  expect(created.status).toBe(201);
  quizId = created.body.quiz.id;
  const list = await teacher.json<{ quizzes: { id: string; slug: string }[] }>("/api/quizzes");
  libraryId = list.body.quizzes.find((q) => q.slug === "serval")!.id;
});
afterAll(closeTestDb);

const exportFile = async (client: ApiClient, id: string, format: string) => {
  const res = await client.request(`/api/quizzes/${id}/export?format=${format}`);
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
};

function upload(client: ApiClient, bytes: Uint8Array, name: string, format?: string) {
  const form = new FormData();
  form.set("file", new Blob([Buffer.from(bytes)]), name);
  if (format) form.set("format", format);
  return client.json("/api/quizzes/import", { method: "POST", body: form });
}

describe("export", () => {
  it.each(FORMATS)("%s: a download with the report of what was kept", async (format) => {
    const report = await teacher.json(`/api/quizzes/${quizId}/export?format=${format}&report=1`);
    expect(report.status).toBe(200);
    expect(report.body.report.total).toBe(serval.questions.length);
    const dropped = report.body.report.losses.filter((l: { kind: string }) => l.kind === "dropped").length;
    expect(report.body.report.exported).toBe(serval.questions.length - dropped);
    const { res, bytes } = await exportFile(teacher, quizId, format);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z0-9-]+\.[a-z.]+"$/);
    expect(Number(res.headers.get("x-exported-questions"))).toBe(report.body.report.exported);
    expect(bytes.length).toBeGreaterThan(100);
  });

  it("reports what Aiken cannot hold instead of dropping it silently", async () => {
    const { body } = await teacher.json(`/api/quizzes/${quizId}/export?format=aiken&report=1`);
    const notSingle = serval.questions.filter((q) => q.type !== "single");
    for (const q of notSingle) expect(body.report.losses.some((l: { questionId?: string }) => l.questionId === q.id)).toBe(true);
  });

  it("reports each loss in the words of the capability map", async () => {
    const { body } = await teacher.json(`/api/quizzes/${quizId}/export?format=gift&report=1`);
    const ordering = serval.questions.find((q) => q.type === "ordering")!;
    expect(body.report.losses).toContainEqual({ questionId: ordering.id, questionType: "ordering", kind: "dropped", message: CAPABILITIES.gift.ordering.message });
  });

  it("is for teachers: signed out 401, a student 403, another teacher's draft 404, a library quiz 200", async () => {
    expect((await new ApiClient(baseUrl).request(`/api/quizzes/${quizId}/export?format=json`)).status).toBe(401);
    expect((await student.request(`/api/quizzes/${libraryId}/export?format=json`)).status).toBe(403);
    expect((await otherTeacher.request(`/api/quizzes/${quizId}/export?format=json`)).status).toBe(404);
    expect((await otherTeacher.request(`/api/quizzes/${libraryId}/export?format=gift`)).status).toBe(200);
  });

  it("names a bad format or id", async () => {
    const bad = await teacher.json(`/api/quizzes/${quizId}/export?format=docx`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/format/);
    expect((await teacher.json(`/api/quizzes/not-a-uuid/export?format=json`)).status).toBe(404);
  });
});

describe("import", () => {
  it.each(["qti", "moodle", "gift", "json"] as const)("%s: the export comes back as a new draft, and exports the same again", async (format) => {
    const { bytes } = await exportFile(teacher, quizId, format);
    const imported = await upload(teacher, bytes, `serval.${format}`);
    expect(imported.status, JSON.stringify(imported.body).slice(0, 500)).toBe(201);
    expect(imported.body.quiz.status).toBe("draft");
    expect(imported.body.report.skipped).toEqual([]);
    const copy = imported.body.quiz.id as string;
    expect(copy).not.toBe(quizId);
    const { body: file } = await teacher.json(`/api/quizzes/${copy}`);
    expect(file.file.article.text).toBe(serval.article.text);
    const again = await exportFile(teacher, copy, format);
    if (format === "json") {
      expect(JSON.parse(Buffer.from(again.bytes).toString()).questions).toEqual(JSON.parse(Buffer.from(bytes).toString()).questions);
    } else expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it("aiken: comes back as an unsaved draft that asks for the article, evidence and explanations", async () => {
    const { bytes } = await exportFile(teacher, quizId, "aiken");
    const r = await upload(teacher, bytes, "serval.txt");
    expect(r.status).toBe(200);
    expect(r.body.quiz).toBeNull();
    expect(r.body.draft.questions.length).toBe(serval.questions.filter((q) => q.type === "single").length);
    expect(r.body.missing.join(" ")).toMatch(/article/);
  });

  it("skips the one bad question of a file and imports the rest, keeping its text", async () => {
    const gift = "::a:: Is Bamako in Mali? {T####Bamako is Mali's capital.}\n\n::b:: Broken {=x ~y\n\n::c:: Essay? {}\n";
    const r = await upload(teacher, strToU8(gift), "q.gift");
    expect(r.status).toBe(200);
    expect(r.body.draft.questions.map((q: { id: string }) => q.id)).toEqual(["a"]);
    expect(r.body.report.skipped.map((s: { original: string }) => s.original)).toEqual([expect.stringContaining("Broken"), expect.stringContaining("Essay")]);
  });

  const xxe = `<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz><question type="truefalse"><name><text>&x;</text></name></question></quiz>`;
  const bomb = zipSync({ "imsmanifest.xml": strToU8("<manifest/>"), "items/a.xml": new Uint8Array(40_000_000) }, { level: 9 });
  const traversal = zipSync({ "imsmanifest.xml": strToU8("<manifest/>"), "../../etc/evil.xml": strToU8("<x/>") });

  it.each([
    ["malformed XML", strToU8("<quiz><question></quiz>"), 422, /not well-formed/],
    ["an XXE payload", strToU8(xxe), 422, /DOCTYPE/],
    ["a zip bomb", bomb, 413, /unpacks to more than/],
    ["a path-traversal zip", traversal, 422, /path is not allowed/],
    ["a file of another kind", strToU8("%PDF-1.4 just some words"), 415, /could not tell/],
    ["binary noise", new Uint8Array([0, 159, 146, 150, 0, 1]), 415, /not a text file/],
    ["an empty file", new Uint8Array(), 400, /empty|Choose|file/],
    ["a file with no importable question", strToU8("::e:: Essay? {}\n"), 422, /None of the 1/],
  ])("answers %s with a 4xx naming the problem", async (_label, bytes, status, message) => {
    const r = await upload(teacher, bytes as Uint8Array, "upload.bin");
    expect(r.status).toBe(status);
    expect(r.body.error.message).toMatch(message);
  });

  it("refuses an oversized upload before reading it all", async () => {
    const r = await upload(teacher, new Uint8Array(6_000_000).fill(65), "big.txt");
    expect(r.status).toBe(413);
  });

  it("refuses a format that does not match the file, and a field that is missing", async () => {
    const { bytes } = await exportFile(teacher, quizId, "gift");
    const mismatch = await upload(teacher, bytes, "x.xml", "moodle");
    expect(mismatch.status).toBe(415);
    expect(mismatch.body.error.message).toMatch(/looks like GIFT/);
    const badFormat = await upload(teacher, bytes, "x", "docx");
    expect(badFormat.status).toBe(400);
    const noFile = await teacher.json("/api/quizzes/import", { method: "POST", body: new FormData() });
    expect(noFile.status).toBe(400);
  });

  it("is for teachers only", async () => {
    const { bytes } = await exportFile(teacher, quizId, "gift");
    const form = () => {
      const f = new FormData();
      f.set("file", new Blob([Buffer.from(bytes)]), "x.txt");
      return f;
    };
    expect((await student.request("/api/quizzes/import", { method: "POST", body: form() })).status).toBe(403);
    expect((await new ApiClient(baseUrl).request("/api/quizzes/import", { method: "POST", body: form() })).status).toBe(401);
  });
});
