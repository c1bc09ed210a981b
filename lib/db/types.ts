/**
 * The database handle types, apart from the driver code so that query modules and services
 * depend on a type, never on the module that opens connections.
 */
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; every query function accepts one so callers can group writes. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either: a query that may run inside or outside a transaction. */
export type Conn = Db | Tx;
