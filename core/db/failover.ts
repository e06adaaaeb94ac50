// Failover between the nodes DATABASE_URL lists (`mysql://u@h1:3306,h2:3306,h3:3306/db`): new connections go to the
// first node, in the listed order, that answers and (on Galera) is synced and ready; connections to a node that is
// no longer the chosen one are dropped from the pool when next taken.
import mysql from 'mysql2';

export interface Host {
  host: string;
  port: number;
}

export interface FailoverOptions {
  /** How long a node that failed a probe is skipped (ms). */
  downMs?: number;
  /** How often, while not on the first listed node, the list is probed again to move back to it (ms). */
  failbackMs?: number;
  /** Connect timeout of a probe (ms): a dead host across a network answers with silence. */
  probeTimeoutMs?: number;
  onChange?: (from: Host | null, to: Host, reason: string) => void;
}

type Settings = Record<string, unknown>;

/** Why a node is not usable, or null when it is: it answers SQL and, when it runs Galera, is ready and synced. */
export function probeNode(settings: Settings, host: Host, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    const conn = mysql.createConnection({ ...settings, host: host.host, port: host.port, connectTimeout: timeoutMs } as mysql.ConnectionOptions);
    let settled = false;
    const done = (why: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      conn.destroy();
      resolve(why);
    };
    const timer = setTimeout(() => done(`no answer within ${timeoutMs} ms`), timeoutMs * 2);
    conn.on('error', (err) => done(err.message));
    // A MariaDB with the Galera library installed but wsrep_on=OFF reports wsrep_ready OFF too: ask wsrep_on first.
    conn.query("SHOW VARIABLES LIKE 'wsrep_on'", (err, vars) => {
      if (err) return done(err.message);
      if ((vars as Array<{ Value: string }>)[0]?.Value !== 'ON') return done(null);
      conn.query("SHOW STATUS WHERE Variable_name IN ('wsrep_ready', 'wsrep_local_state_comment')", (err2, rows) => {
        if (err2) return done(err2.message);
        const status = Object.fromEntries((rows as Array<{ Variable_name: string; Value: string }>).map((r) => [r.Variable_name, r.Value]));
        if (status.wsrep_ready !== undefined && status.wsrep_ready !== 'ON') return done('Galera node not ready (wsrep_ready OFF: not in the primary component)');
        if (status.wsrep_local_state_comment !== undefined && !['Synced', 'Donor/Desynced'].includes(status.wsrep_local_state_comment)) {
          return done(`Galera node ${status.wsrep_local_state_comment}`);
        }
        done(null);
      });
    });
  });
}

export class HostFailover {
  private current: number | null = null;
  private generation = 0;
  private readonly downUntil = new Map<number, number>();
  private choosing: Promise<number> | null = null;
  private readonly downMs: number;
  private readonly failbackMs: number;
  private readonly probeTimeoutMs: number;

  constructor(readonly hosts: Host[], private readonly settings: Settings, private readonly opts: FailoverOptions = {}) {
    this.downMs = opts.downMs ?? 3000;
    this.failbackMs = opts.failbackMs ?? 5000;
    this.probeTimeoutMs = opts.probeTimeoutMs ?? 2000;
  }

  /** The node new connections go to, or null before the first connection. */
  get currentHost(): Host | null {
    return this.current === null ? null : this.hosts[this.current];
  }

  /**
   * knex's connection provider: the settings of the chosen node, with an expiration checker that makes knex ask
   * again when a failure was reported, or (while on a later node) every failbackMs to move back to the first.
   */
  async connectionSettings(): Promise<Settings & { expirationChecker: () => boolean }> {
    const index = await this.choose();
    const generation = this.generation;
    const at = Date.now();
    return {
      ...this.settings, host: this.hosts[index].host, port: this.hosts[index].port,
      expirationChecker: () => this.generation !== generation || (index !== 0 && Date.now() - at > this.failbackMs),
    };
  }

  /** Pool validation: a pooled connection is kept only while it points at the chosen node. */
  isCurrent(connection: { config?: { host?: string; port?: number } }): boolean {
    if (this.current === null) return true;
    const h = this.hosts[this.current];
    return connection.config?.host === h.host && Number(connection.config?.port) === h.port;
  }

  /** A query failed as if its node were gone or not ready: probe again before the next connection is made. */
  suspect(): void {
    this.generation++;
  }

  private choose(): Promise<number> {
    // One probe round at a time: every connection the pool opens meanwhile waits for its answer.
    this.choosing ??= this.probeInOrder().finally(() => { this.choosing = null; });
    return this.choosing;
  }

  private async probeInOrder(): Promise<number> {
    const reasons: string[] = [];
    const now = Date.now();
    const order = this.hosts.map((_, i) => i);
    // Nodes that failed a moment ago are tried last, not never: when every node is down, the first to return wins.
    order.sort((a, b) => Number((this.downUntil.get(a) ?? 0) > now) - Number((this.downUntil.get(b) ?? 0) > now));
    for (const i of order) {
      const why = await probeNode(this.settings, this.hosts[i], this.probeTimeoutMs);
      if (why === null) {
        this.downUntil.delete(i);
        if (this.current !== i) {
          const from = this.current === null ? null : this.hosts[this.current];
          this.current = i;
          this.opts.onChange?.(from, this.hosts[i], reasons.join('; ') || 'first connection');
        }
        return i;
      }
      this.downUntil.set(i, Date.now() + this.downMs);
      reasons.push(`${this.hosts[i].host}:${this.hosts[i].port}: ${why}`);
    }
    const err = new Error(`no database node is available (${reasons.join('; ')})`) as Error & { code: string };
    err.code = 'ECONNREFUSED';
    throw err;
  }
}
