/**
 * A throwaway PostgreSQL server for tests: initdb into a temp folder, start on a free loopback
 * port, stop and delete on teardown. Postgres refuses to run as root, so as root it runs as the
 * `postgres` system user (created if missing).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./ports";

export type TestPostgres = {
  url: string;
  port: number;
  /** Shuts the server down but keeps its data, to simulate the database going away. */
  halt: () => void;
  /** Starts a halted server again on the same port and data. */
  resume: () => void;
  /** Pauses every process of the server (SIGSTOP): it keeps its sockets but answers nothing. */
  freeze: () => void;
  /** Lets a frozen server run again (SIGCONT). */
  thaw: () => void;
  stop: () => void;
};

function findPgBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) {
    throw new Error("No PostgreSQL server binaries found under /usr/lib/postgresql. Install Debian's `postgresql` package or set DATABASE_URL.");
  }
  return path.join(root, versions[0]!, "bin");
}

const isRoot = process.getuid?.() === 0;

function asPostgres(cmd: string, args: string[]) {
  const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
  const result = spawnSync(file, argv, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
}

/** `settings`: extra server settings (`name=value`), e.g. to load pg_stat_statements for a benchmark. */
export async function startPostgres({ settings = [] }: { settings?: string[] } = {}): Promise<TestPostgres> {
  const bin = findPgBin();
  if (isRoot && spawnSync("id", ["postgres"]).status !== 0) {
    execFileSync("useradd", ["--system", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", "postgres"]);
  }
  const dir = mkdtempSync(path.join(tmpdir(), "readcheck-pg-"));
  if (isRoot) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), Number(execFileSync("id", ["-g", "postgres"]).toString()));
  const data = path.join(dir, "data");
  const port = await freePort();
  asPostgres(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const start = () =>
    asPostgres(path.join(bin, "pg_ctl"), [
      "-D", data, "-l", path.join(dir, "log"), "-w", "start",
      "-o", `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200${settings.map((x) => ` -c ${x}`).join("")}`,
    ]);
  start();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      asPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      // already halted
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // The postmaster and all its children (backends, background workers): SIGSTOP to the postmaster
  // alone would leave running backends answering.
  const serverPids = () => {
    const postmaster = Number(readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);
    const children = readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after ")".
          return Number(readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1]!.split(" ")[1]) === postmaster;
        } catch {
          return false; // exited meanwhile
        }
      })
      .map(Number);
    return [postmaster, ...children];
  };
  const signalAll = (signal: NodeJS.Signals) => {
    for (const pid of serverPids()) {
      try {
        process.kill(pid, signal);
      } catch {
        // exited meanwhile
      }
    }
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    freeze: () => signalAll("SIGSTOP"),
    thaw: () => signalAll("SIGCONT"),
    port,
    halt: () => asPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]),
    resume: start,
    stop,
  };
}
