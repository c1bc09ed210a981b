/**
 * A counting semaphore with a bounded, time-limited FIFO queue: at most `permits` holders, at
 * most `queueMax` waiting, none waiting longer than `waitMs`. Refusals are immediate and cheap
 * (the error from `onReject`), so a saturated process sheds load instead of queueing without
 * end. Pure: no I/O, only timers.
 */
export type Gate = {
  /** Resolves with a release function (idempotent) once a permit is free. */
  acquire: () => Promise<() => void>;
  stats: () => { active: number; waiting: number };
};

type Waiter = { grant: (release: () => void) => void; timer: ReturnType<typeof setTimeout> };

export function createGate({
  permits,
  queueMax,
  waitMs,
  onReject,
}: {
  permits: number;
  queueMax: number;
  waitMs: number;
  onReject: () => Error;
}): Gate {
  let active = 0;
  const queue: Waiter[] = [];

  const releaser = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = queue.shift();
      if (next) {
        clearTimeout(next.timer);
        next.grant(releaser()); // the permit passes straight to the next in line
      } else {
        active--;
      }
    };
  };

  return {
    acquire() {
      if (active < permits) {
        active++;
        return Promise.resolve(releaser());
      }
      if (queue.length >= queueMax) return Promise.reject(onReject());
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          grant: resolve,
          timer: setTimeout(() => {
            const i = queue.indexOf(waiter);
            if (i >= 0) queue.splice(i, 1);
            reject(onReject());
          }, waitMs),
        };
        queue.push(waiter);
      });
    },
    stats: () => ({ active, waiting: queue.length }),
  };
}
