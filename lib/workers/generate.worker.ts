/**
 * Worker-thread entry for the question generator (see ./generate.ts). Next bundles it because
 * it is created as `new Worker(new URL("./generate.worker.ts", import.meta.url))`.
 */
import { parentPort } from "node:worker_threads";
import { generateQuiz, GenerateError, type GenerateOptions } from "@/lib/generate";

export type GenerateJob = { id: number; text: string; options: GenerateOptions };
export type GenerateReply =
  | { id: number; ok: true; quiz: ReturnType<typeof generateQuiz> }
  | { id: number; ok: false; error: { code?: GenerateError["code"]; message: string } };

parentPort!.on("message", ({ id, text, options }: GenerateJob) => {
  let reply: GenerateReply;
  try {
    reply = { id, ok: true, quiz: generateQuiz(text, options) };
  } catch (err) {
    // Errors cross the thread boundary as plain data; the GenerateError is rebuilt on the other side.
    reply = { id, ok: false, error: err instanceof GenerateError ? { code: err.code, message: err.message } : { message: String((err as Error)?.stack ?? err) } };
  }
  parentPort!.postMessage(reply);
});
