/**
 * What sits between Drizzle and a server driver's pool (`pg`, @vercel/postgres): an admission
 * gate, transactions that never leak a connection, and an optional per-request statement count.
 * client.ts builds the driver's pool and hands it here; above lib/db only the route wrapper
 * (lib/http.ts) sees any of it: it runs each request in a scope and admits it once.
 */
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { env } from "@/lib/env";
import { AppError, isConnectionError, isQueryTimeout } from "@/lib/errors";
import { createGate, retryAfterSeconds, type Gate, type Ticket } from "./gate";

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

// ------------------------------------------------------------------------ the request scope

/** One request: the statements it sent, and its admission to this instance's database(s). */
type RequestScope = { statements: number; admitted: boolean; tickets: Map<Gate, Ticket> };

// On globalThis: Next may bundle this module into more than one server chunk, and the route
// wrapper that opens a scope must share the store with the pool that counts into it.
const shared = globalThis as unknown as { __readcheckRequests?: AsyncLocalStorage<RequestScope> };
const requests = (shared.__readcheckRequests ??= new AsyncLocalStorage<RequestScope>());

/** Counts statements sent to the database against the current request (for DB_COUNT_STATEMENTS=1). */
export function countStatement(n = 1) {
  const scope = requests.getStore();
  if (scope) scope.statements += n;
}

/**
 * Runs a route handler in a request scope; its admission (`admitRequest`) ends with it. When
 * DB_COUNT_STATEMENTS=1 the answer says how many statements the request sent to the database
 * (`x-db-statements`) and how many wait in this instance's queue (`x-db-waiting`: tests wait on
 * it, not on time). Off by default: tests and bench:load turn it on.
 */
export async function inRequestScope(handler: () => Promise<Response>): Promise<Response> {
  const scope: RequestScope = { statements: 0, admitted: false, tickets: new Map() };
  try {
    const response = await requests.run(scope, handler);
    if (env.DB_COUNT_STATEMENTS) {
      response.headers.set("x-db-statements", String(scope.statements));
      response.headers.set("x-db-waiting", String([...gates].reduce((n, g) => n + g.stats().waiting, 0)));
    }
    return response;
  } finally {
    for (const ticket of scope.tickets.values()) ticket.release();
  }
}

/** Runs `fn` in a scope of its own and answers how many statements it sent: for tests of pages' loaders. */
export async function countStatementsOf<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const scope: RequestScope = { statements: 0, admitted: false, tickets: new Map() };
  const result = await requests.run(scope, fn);
  return { result, statements: scope.statements };
}

/**
 * Admits the current request: 503 `busy` (Retry-After from how long those already in take to
 * clear) when this instance is full — checked first, before the request decodes a session, so a
 * refusal costs next to nothing; the ticket itself is taken at its first statement (a request
 * that never reaches the database holds none). Once admitted, its statements wait their turn but
 * are never refused for a full queue. Pages and actions are not admitted: their statements queue
 * one by one.
 */
export function admitRequest() {
  const scope = requests.getStore();
  if (!scope) return;
  for (const gate of gates) gate.refuseIfFull();
  scope.admitted = true;
}

/** The current request's ticket at this gate, taken at its first statement there (busy if the gate filled up meanwhile). */
function ticketFor(gate: Gate): Ticket | undefined {
  const scope = requests.getStore();
  if (!scope?.admitted) return undefined;
  let ticket = scope.tickets.get(gate);
  if (!ticket) scope.tickets.set(gate, (ticket = gate.admit()));
  return ticket;
}

// ------------------------------------------------------------------------ admission

/** The gates of this process's databases (one per open database). */
const gates = new Set<Gate>();

const busy = ({ drainMs }: { drainMs: number }) =>
  new AppError("busy", "The server is busy with many students at once. Your request was not lost — try again in a moment.", undefined, {
    retryAfterSeconds: retryAfterSeconds({ drainMs }),
  });

/** An admitted request that waited this long for a connection: its holders are stuck, the database is not answering. */
const stalled = () => new AppError("database_unavailable", "The database is unavailable right now. Try again in a moment.");

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
  const gate = createGate({
    permits: max,
    queueMax: env.DATABASE_QUEUE_MAX,
    waitMs: env.DATABASE_QUEUE_TIMEOUT_MS,
    admittedWaitMs: env.DATABASE_QUERY_TIMEOUT_MS,
    onReject: busy,
    onStall: stalled,
  });
  gates.add(gate);

  const db = make({
    query: async (...args: unknown[]) => {
      const release = await gate.acquire(ticketFor(gate));
      countStatement();
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
    const release = await gate.acquire(ticketFor(gate));
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
export function countPgliteStatements<C extends { query: Function; exec: Function; transaction: Function }>(
  client: C,
  enabled = env.DB_COUNT_STATEMENTS,
): C {
  if (!enabled) return client;
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
