/**
 * The question generator off the request loop: a fixed pool of worker threads, a bounded queue
 * in front of it. One 49,000-word article holds a thread for most of a second; on the request
 * thread that would stall every other request of the instance (health checks, autosaves).
 * Generation is pure and deterministic, so running it elsewhere changes nothing but where.
 */
import "server-only";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { GenerateError, type candidateQuestions, type GenerateOptions, type generateQuiz } from "@/lib/generate";
import { AppError } from "@/lib/errors";
import { createGate, retryAfterSeconds } from "@/lib/db/gate";
import { env } from "@/lib/env";
import type { GenerateJob, GenerateReply, GenerateWork } from "./generate.worker";

type Quiz = ReturnType<typeof generateQuiz>;
type Candidates = ReturnType<typeof candidateQuestions>;
type Slot = { worker: Worker; job?: Pending };
type Pending = { id: number; resolve: (value: unknown) => void; reject: (err: unknown) => void };

/** Threads: one core is left to the request loop. */
const SIZE = Math.max(1, Math.min(4, availableParallelism() - 1));

type Pool = { slots: Slot[]; gate: ReturnType<typeof createGate>; next: number };
// On globalThis, one pool per process (dev reloads and Next's chunks would otherwise make more).
const holder = globalThis as unknown as { __readcheckGeneratePool?: Pool };

function pool(): Pool {
  return (holder.__readcheckGeneratePool ??= {
    slots: [],
    next: 1,
    // A short queue, refused at once past it (GENERATE_QUEUE_MAX), rather than a teacher left
    // waiting a minute behind a long line of large articles; Retry-After says when it clears.
    gate: createGate({
      permits: SIZE,
      queueMax: env.GENERATE_QUEUE_MAX,
      waitMs: env.GENERATE_QUEUE_TIMEOUT_MS,
      onReject: ({ drainMs }) =>
        new AppError("busy", "Many quizzes are being generated right now. Try again in a moment.", undefined, {
          retryAfterSeconds: retryAfterSeconds({ drainMs }),
        }),
    }),
  });
}

function spawn(p: Pool): Slot {
  const slot: Slot = { worker: new Worker(new URL("./generate.worker.ts", import.meta.url)) };
  slot.worker.unref(); // an idle pool never keeps the process alive
  slot.worker.on("message", (reply: GenerateReply) => {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    slot.job = undefined;
    if (reply.ok) job.resolve(reply.value);
    else job.reject(reply.error.code ? new GenerateError(reply.error.code, reply.error.message) : new Error(reply.error.message));
  });
  const fail = (err: Error) => {
    // A dead thread is replaced on the next job; the job it held fails (answered 500, logged).
    p.slots = p.slots.filter((s) => s !== slot);
    slot.job?.reject(err);
    slot.job = undefined;
  };
  slot.worker.on("error", fail);
  slot.worker.on("exit", (code) => fail(new Error(`generator thread exited with code ${code}`)));
  p.slots.push(slot);
  return slot;
}

async function runOffThread(job: GenerateWork): Promise<unknown> {
  const p = pool();
  const release = await p.gate.acquire();
  try {
    // The gate admits at most SIZE at once, so an idle thread (or room for a new one) exists.
    const slot = p.slots.find((s) => !s.job) ?? spawn(p);
    const id = p.next++;
    return await new Promise<unknown>((resolve, reject) => {
      slot.job = { id, resolve, reject };
      slot.worker.postMessage({ ...job, id } satisfies GenerateJob);
    });
  } finally {
    release();
  }
}

/** `generateQuiz` on a worker thread; throws the same GenerateError, or 503 `busy` when the queue is full. */
export async function generateQuizOffThread(text: string, options: GenerateOptions = {}): Promise<Quiz> {
  return (await runOffThread({ kind: "quiz", text, options })) as Quiz;
}

/** `candidateQuestions` on a worker thread (regenerating one question runs the whole pipeline too). */
export async function candidateQuestionsOffThread(text: string, title: string): Promise<Candidates> {
  return (await runOffThread({ kind: "candidates", text, title })) as Candidates;
}
