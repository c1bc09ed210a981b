import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createGate } from "./gate";

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
    expect(gate.stats()).toEqual({ active: 2, waiting: 2 });
    a();
    a(); // releasing twice frees one permit, not two
    await third;
    expect(order).toEqual(["third"]);
    expect(gate.stats()).toEqual({ active: 2, waiting: 1 });
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
    expect(gate.stats()).toEqual({ active: 1, waiting: 0 });
    held();
    expect(gate.stats()).toEqual({ active: 0, waiting: 0 });
  });
});
