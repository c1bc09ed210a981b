/**
 * What sits between Drizzle and a server driver's pool (`pg`, @vercel/postgres): an admission
 * gate, transactions that never leak a connection, and an optional per-request statement count.
 * client.ts builds the driver's pool and hands it here; nothing above lib/db sees any of this.
 */
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { env } from "@/lib/env";
import { AppError, isConnectionError, isQueryTimeout } from "@/lib/errors";
import { createGate, type Gate } from "./gate";

/** The part of a pg-compatible pool (pg.Pool, @vercel/postgres' VercelPool) used here. */
export type PgLikePool = {
  query: (...args: any[]) => Promise<any>;
  connect: () => Promise<PgLikeClient>;
};
export type PgLikeClient = {
  query: (...args: any[]) => Promise<any>;
  /** A truthy argument destroys the connection instead of returning it to the pool. */
  release: (destroy?: Error | boolean) => void;
  on: (event: "error", listener: (err: Error) => void) => unknown;
  off: (event: "error", listener: (err: Error) => void) => unknown;
};
/** What Drizzle calls on the object it is given: `query(config, params)`. */
export type Queryable = { query: (...args: any[]) => Promise<any> };

type TransactionCapable = { transaction: (fn: (tx: any) => Promise<any>, config?: any) => Promise<any> };

// ------------------------------------------------------------------------ statement counting

// On globalThis: Next may bundle this module into more than one server chunk, and the route
// wrapper that opens a scope must share the store with the pool that counts into it.
const shared = globalThis as unknown as { __readcheckStatements?: AsyncLocalStorage<{ n: number }> };
const statements = (shared.__readcheckStatements ??= new AsyncLocalStorage<{ n: number }>());

/** Counts one statement sent to the database against the current request (DB_COUNT_STATEMENTS=1). */
export function countStatement(n = 1) {
  const store = statements.getStore();
  if (store) store.n += n;
}

/**
 * Runs a route handler and, when DB_COUNT_STATEMENTS=1, answers how many statements it sent to
 * the database in an `x-db-statements` header. Off by default: tests and bench:load turn it on.
 */
export async function withStatementCount(handler: () => Promise<Response>): Promise<Response> {
  if (!env.DB_COUNT_STATEMENTS) return handler();
  const store = { n: 0 };
  const response = await statements.run(store, handler);
  response.headers.set("x-db-statements", String(store.n));
  // How many requests wait in this instance's admission queue: tests wait on it, not on time.
  response.headers.set("x-db-waiting", String([...gates].reduce((n, g) => n + g.stats().waiting, 0)));
  return response;
}

// ------------------------------------------------------------------------ admission

/** The gates of this process's databases (one per open database), for the x-db-waiting header. */
const gates = new Set<Gate>();

const busy = () =>
  new AppError("busy", "The server is busy with many students at once. Your request was not lost — try again in a moment.");

/**
 * A Drizzle database over a pg-compatible pool, through an admission gate of the pool's size.
 *
 * The gate is what tells "saturated" from "down": a request waits for one of the instance's
 * `max` connections in a bounded queue (DATABASE_QUEUE_MAX, DATABASE_QUEUE_TIMEOUT_MS) and past
 * either bound is refused with 503 `busy` + Retry-After. The driver's pool then never queues, so
 * its connect timeout fires only when the database does not answer: 503 `database_unavailable`.
 *
 * `make` builds Drizzle over any object with `query` (it is called once per physical connection
 * for transactions, and once for the pool).
 */
export function gatedDatabase<D extends TransactionCapable>({
  pool,
  max,
  make,
}: {
  pool: PgLikePool;
  max: number;
  make: (client: Queryable) => D;
}): { db: D; gate: Gate } {
  const gate = createGate({ permits: max, queueMax: env.DATABASE_QUEUE_MAX, waitMs: env.DATABASE_QUEUE_TIMEOUT_MS, onReject: busy });
  gates.add(gate);

  const db = make({
    query: async (...args: unknown[]) => {
      countStatement();
      const release = await gate.acquire();
      try {
        return await pool.query(...args);
      } finally {
        release();
      }
    },
  });

  // One Drizzle instance per physical connection, made the first time the connection runs a
  // transaction (building one costs ~1 ms: too much per transaction). Pools reuse their clients.
  const perClient = new WeakMap<PgLikeClient, D>();
  const dbFor = (client: PgLikeClient) => {
    let txDb = perClient.get(client);
    if (!txDb) {
      txDb = make({
        query: (...args: unknown[]) => {
          countStatement();
          return client.query(...args);
        },
      });
      perClient.set(client, txDb);
    }
    return txDb;
  };

  // drizzle-orm 0.45.4 (node-postgres and vercel-postgres sessions) sends BEGIN before its
  // try/finally, so a BEGIN that fails — a stalled server, a query timeout — never releases the
  // client, and the session stays "idle in transaction" once the server answers. It also hands a
  // client back to the pool after a failed ROLLBACK. Here the client is checked out and released
  // by us, and destroyed whenever its state is unknown. Re-check before relying on a newer drizzle.
  const NONE = Symbol("none");
  db.transaction = async (fn, config) => {
    const release = await gate.acquire();
    let client: PgLikeClient | undefined;
    let destroy: Error | undefined;
    const onError = (err: Error) => {
      destroy ??= err; // the connection died while checked out
    };
    try {
      client = await pool.connect();
      client.on("error", onError);
      let bodyError: unknown = NONE;
      try {
        return await dbFor(client).transaction(async (tx) => {
          try {
            return await fn(tx);
          } catch (err) {
            bodyError = err;
            throw err;
          }
        }, config);
      } catch (err) {
        // Drizzle rethrows the body's own error only after a ROLLBACK that succeeded. Any other
        // error came from BEGIN, COMMIT or ROLLBACK; and after a timeout or a lost connection the
        // client may still owe an answer to a statement. Either way, never reuse it.
        if (err !== bodyError || isConnectionError(err) || isQueryTimeout(err)) destroy ??= asError(err);
        throw err;
      }
    } finally {
      if (client) {
        client.off("error", onError);
        client.release(destroy ?? undefined);
      }
      release();
    }
  };

  return { db, gate };
}

const asError = (err: unknown) => (err instanceof Error ? err : new Error(String(err)));

// ------------------------------------------------------------------------ PGlite

/**
 * PGlite is one session inside this process: no pool to gate, no connection to leak. With
 * DB_COUNT_STATEMENTS=1 its query methods count statements (BEGIN and COMMIT/ROLLBACK of a
 * transaction, sent by PGlite itself, count as two).
 */
export function countPgliteStatements<C extends { query: Function; exec: Function; transaction: Function }>(client: C): C {
  if (!env.DB_COUNT_STATEMENTS) return client;
  const counted = <T extends { query: Function; exec: Function }>(target: T): T => {
    const { query, exec } = target;
    return Object.assign(target, {
      query: (...args: unknown[]) => (countStatement(), query.apply(target, args)),
      exec: (...args: unknown[]) => (countStatement(), exec.apply(target, args)),
    });
  };
  counted(client);
  const { transaction } = client;
  return Object.assign(client, {
    transaction: (callback: (tx: { query: Function; exec: Function }) => unknown) => {
      countStatement(2);
      return transaction.call(client, (tx: { query: Function; exec: Function }) => callback(counted(tx)));
    },
  });
}
