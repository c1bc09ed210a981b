/**
 * A counting semaphore with a bounded, time-limited FIFO queue: at most `permits` holders, at
 * most `queueMax` waiting, none waiting longer than `waitMs`. Refusals are immediate and cheap
 * (the error from `onReject`), so a saturated process sheds load instead of queueing without
 * end. Pure: no I/O, only timers.
 *
 * Work made of several acquisitions (a request of several statements) is admitted once, as a
 * whole (`admit`): at most `permits + queueMax` tickets at a time, each of which can be waiting
 * at most once, so the queue stays within the same bound. A ticket's acquisitions are never
 * refused for a full queue — half a request refused at its second statement is wasted work the
 * client repeats from the start. They wait as long as the line moves, and give up (`onStall`)
 * only when no permit at all was released for `admittedWaitMs`: the holders are stuck (a
 * stalled database), not merely many.
 */
export type Gate = {
  /** Resolves with a release function (idempotent) once a permit is free. */
  acquire: (ticket?: Ticket) => Promise<() => void>;
  /** Admits a unit of work, or throws `onReject` at once when `permits + queueMax` are in. */
  admit: () => Ticket;
  /** Throws what `admit` would, without admitting: a cheap early refusal. */
  refuseIfFull: () => void;
  stats: () => { active: number; waiting: number; admitted: number };
};

/** An admitted unit of work; `release` (idempotent) when it is done. */
export type Ticket = { release: () => void; live: boolean; heldMs: number };

type Waiter = { grant: () => void; timer: ReturnType<typeof setTimeout> };

/** How fast the moving averages below follow change: the last ~20 samples count most. */
const SMOOTHING = 0.05;
const ewma = (average: number | null, sample: number) => (average === null ? sample : average + SMOOTHING * (sample - average));

export function createGate({
  permits,
  queueMax,
  waitMs,
  admittedWaitMs = waitMs,
  onReject,
  onStall = onReject,
}: {
  permits: number;
  queueMax: number;
  waitMs: number;
  admittedWaitMs?: number;
  /** The refusal; `drainMs` is how long the work already in will take to clear, as measured. */
  onReject: (estimate: { drainMs: number }) => Error;
  onStall?: (estimate: { drainMs: number }) => Error;
}): Gate {
  let active = 0;
  let admitted = 0;
  const queue: Waiter[] = [];
  // Measured permit time: per acquisition, and per admitted ticket (all of its acquisitions).
  let holdMs: number | null = null;
  let ticketMs: number | null = null;
  let lastReleaseAt = performance.now();

  const refuseIfFull = () => {
    if (admitted >= permits + queueMax) throw onReject({ drainMs: admittedDrainMs() });
  };
  const queueDrainMs = () => ((queue.length + 1) * (holdMs ?? 0)) / permits;
  const admittedDrainMs = () => (admitted * (ticketMs ?? holdMs ?? 0)) / permits;

  const releaser = (ticket: Ticket | undefined) => {
    const since = performance.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      lastReleaseAt = performance.now();
      const held = lastReleaseAt - since;
      holdMs = ewma(holdMs, held);
      if (ticket) ticket.heldMs += held;
      const next = queue.shift();
      if (next) {
        clearTimeout(next.timer);
        next.grant(); // the permit passes straight to the next in line
      } else {
        active--;
      }
    };
  };

  return {
    acquire(ticket) {
      const inTicket = ticket?.live ? ticket : undefined;
      if (active < permits) {
        active++;
        return Promise.resolve(releaser(inTicket));
      }
      if (!inTicket && queue.length >= queueMax) return Promise.reject(onReject({ drainMs: queueDrainMs() }));
      return new Promise((resolve, reject) => {
        const giveUp = (error: Error) => {
          const i = queue.indexOf(waiter);
          if (i >= 0) queue.splice(i, 1);
          reject(error);
        };
        // An admitted waiter looks again after each quiet spell: still moving, it waits on.
        const watchForStall = (armedAt: number): ReturnType<typeof setTimeout> =>
          setTimeout(() => {
            if (lastReleaseAt > armedAt) waiter.timer = watchForStall(performance.now());
            else giveUp(onStall({ drainMs: admittedDrainMs() }));
          }, admittedWaitMs);
        const waiter: Waiter = {
          // The permit is timed from when it is handed over, and charged to this ticket.
          grant: () => resolve(releaser(inTicket)),
          timer: inTicket ? watchForStall(performance.now()) : setTimeout(() => giveUp(onReject({ drainMs: queueDrainMs() })), waitMs),
        };
        queue.push(waiter);
      });
    },
    refuseIfFull,
    admit() {
      refuseIfFull();
      admitted++;
      const ticket: Ticket = {
        live: true,
        heldMs: 0,
        release: () => {
          if (!ticket.live) return;
          ticket.live = false;
          admitted--;
          ticketMs = ewma(ticketMs, ticket.heldMs);
        },
      };
      return ticket;
    },
    stats: () => ({ active, waiting: queue.length, admitted }),
  };
}

/**
 * Seconds a refused client should wait: the measured drain time (at least 1 s), stretched by a
 * random factor in [1, 2) so a refused crowd does not come back in one instant; at most `maxS`.
 */
export function retryAfterSeconds({ drainMs, maxS = 30, random = Math.random }: { drainMs: number; maxS?: number; random?: () => number }) {
  return Math.min(maxS, Math.ceil((Math.max(1_000, drainMs) * (1 + random())) / 1_000));
}
