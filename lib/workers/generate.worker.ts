/**
 * Worker-thread entry for the question generator (see ./generate.ts). Next bundles it because
 * it is created as `new Worker(new URL("./generate.worker.ts", import.meta.url))`.
 */
import { parentPort } from "node:worker_threads";
import { candidateQuestions, generateQuiz, GenerateError, type GenerateOptions } from "@/lib/generate";

/** A whole quiz from an article (/api/generate), or the ranked candidates for one replacement (regenerate). */
export type GenerateWork =
  | { kind: "quiz"; text: string; options: GenerateOptions }
  | { kind: "candidates"; text: string; title: string };
export type GenerateJob = GenerateWork & { id: number };
export type GenerateReply =
  | { id: number; ok: true; value: ReturnType<typeof generateQuiz> | ReturnType<typeof candidateQuestions> }
  | { id: number; ok: false; error: { code?: GenerateError["code"]; message: string } };

parentPort!.on("message", (job: GenerateJob) => {
  let reply: GenerateReply;
  try {
    const value = job.kind === "quiz" ? generateQuiz(job.text, job.options) : candidateQuestions(job.text, job.title);
    reply = { id: job.id, ok: true, value };
  } catch (err) {
    // Errors cross the thread boundary as plain data; the GenerateError is rebuilt on the other side.
    reply = { id: job.id, ok: false, error: err instanceof GenerateError ? { code: err.code, message: err.message } : { message: String((err as Error)?.stack ?? err) } };
  }
  parentPort!.postMessage(reply);
});
