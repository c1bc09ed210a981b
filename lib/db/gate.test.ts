import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createGate, retryAfterSeconds } from "./gate";

const refused = () => new Error("busy");

describe("createGate", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("admits up to its permits at once and hands a released permit to the first in line", async () => {
    const gate = createGate({ permits: 2, queueMax: 5, waitMs: 1_000, onReject: refused });
    const a = await gate.acquire();
    await gate.acquire();
    const order: string[] = [];
    const third = gate.acquire().then((release) => (order.push("third"), release));
    const fourth = gate.acquire().then((release) => (order.push("fourth"), release));
    expect(gate.stats()).toEqual({ active: 2, waiting: 2, admitted: 0 });
    a();
    a(); // releasing twice frees one permit, not two
    await third;
    expect(order).toEqual(["third"]);
    expect(gate.stats()).toEqual({ active: 2, waiting: 1, admitted: 0 });
    (await third)();
    await fourth;
    expect(order).toEqual(["third", "fourth"]);
  });

  it("refuses at once when the queue is full", async () => {
    const gate = createGate({ permits: 1, queueMax: 1, waitMs: 1_000, onReject: refused });
    await gate.acquire();
    void gate.acquire();
    await expect(gate.acquire()).rejects.toThrow("busy");
  });

  it("refuses a waiter that waited too long, and forgets it", async () => {
    const gate = createGate({ permits: 1, queueMax: 5, waitMs: 1_000, onReject: refused });
    const held = await gate.acquire();
    const waiting = gate.acquire();
    vi.advanceTimersByTime(1_000);
    await expect(waiting).rejects.toThrow("busy");
    expect(gate.stats()).toEqual({ active: 1, waiting: 0, admitted: 0 });
    held();
    expect(gate.stats()).toEqual({ active: 0, waiting: 0, admitted: 0 });
  });
});

describe("admission per unit of work", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("admits permits + queueMax tickets, then refuses at once until one is released", () => {
    const gate = createGate({ permits: 1, queueMax: 2, waitMs: 1_000, onReject: refused });
    const tickets = [gate.admit(), gate.admit(), gate.admit()];
    expect(() => gate.refuseIfFull()).toThrow("busy");
    expect(() => gate.admit()).toThrow("busy");
    tickets[0]!.release();
    tickets[0]!.release(); // releasing twice frees one place, not two
    expect(gate.stats().admitted).toBe(2);
    gate.admit();
    expect(() => gate.admit()).toThrow("busy");
  });

  it("never refuses an admitted ticket's later acquisition for a full queue; others still are", async () => {
    const gate = createGate({ permits: 1, queueMax: 1, waitMs: 1_000, admittedWaitMs: 10_000, onReject: refused });
    const ticket = gate.admit();
    const first = await gate.acquire(ticket);
    const filler = gate.acquire().catch((err: Error) => err.message); // an unadmitted statement fills the queue
    await expect(gate.acquire()).rejects.toThrow("busy");
    const second = gate.acquire(ticket); // the ticket's next statement waits instead
    expect(gate.stats().waiting).toBe(2);
    vi.advanceTimersByTime(1_500); // past waitMs, within admittedWaitMs
    expect(await filler).toBe("busy");
    first();
    await expect(second).resolves.toBeTypeOf("function");
  });

  it("gives an admitted wait up, with onStall, only after admittedWaitMs in which no permit was released", async () => {
    const gate = createGate({ permits: 1, queueMax: 2, waitMs: 1_000, admittedWaitMs: 5_000, onReject: refused, onStall: () => new Error("stalled") });
    const held = await gate.acquire();
    const ahead = gate.acquire(gate.admit());
    const behind = gate.acquire(gate.admit());
    vi.advanceTimersByTime(4_000);
    held(); // the line moves: `ahead` gets the permit, `behind` waits on past 5 s
    vi.advanceTimersByTime(4_000);
    expect(gate.stats().waiting).toBe(1);
    vi.advanceTimersByTime(6_000); // nothing released for a whole spell: stuck
    await expect(behind).rejects.toThrow("stalled");
    (await ahead)();
  });

  it("a released ticket's acquisitions are ordinary again (work that outlives its request)", async () => {
    const gate = createGate({ permits: 1, queueMax: 0, waitMs: 1_000, onReject: refused });
    await gate.acquire();
    const ticket = gate.admit();
    ticket.release();
    await expect(gate.acquire(ticket)).rejects.toThrow("busy");
  });
});

describe("retryAfterSeconds", () => {
  it("is the drain time, at least 1 s, stretched by up to 2× at random, capped", () => {
    expect(retryAfterSeconds({ drainMs: 0, random: () => 0 })).toBe(1);
    expect(retryAfterSeconds({ drainMs: 0, random: () => 0.99 })).toBe(2);
    expect(retryAfterSeconds({ drainMs: 4_000, random: () => 0.5 })).toBe(6);
    expect(retryAfterSeconds({ drainMs: 60_000, random: () => 0.5 })).toBe(30);
  });
});
