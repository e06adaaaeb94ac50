// Sends audit checkpoints to a syslog server (RFC 5424 over UDP, or TCP with octet counting): an anchor the database administrator cannot reach.
import dgram from 'node:dgram';
import net from 'node:net';
import os from 'node:os';

/** facility 13 (log audit), severity 5 (notice). */
const PRI = 13 * 8 + 5;

export type SyslogSend = (message: string) => Promise<void>;

/** A sender for `udp://host:port` or `tcp://host:port`; each message is one RFC 5424 line with app-name `steppe`. */
export function syslogSender(target: string): SyslogSend {
  const url = new URL(target);
  const port = Number(url.port);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const frame = (msg: string) => `<${PRI}>1 ${new Date().toISOString()} ${os.hostname()} steppe ${process.pid} audit-checkpoint - ${msg}`;
  if (url.protocol === 'udp:') {
    return (msg) => new Promise((resolve, reject) => {
      const socket = dgram.createSocket(net.isIPv6(host) ? 'udp6' : 'udp4');
      socket.send(Buffer.from(frame(msg)), port, host, (err) => { socket.close(); if (err) reject(err); else resolve(); });
    });
  }
  // A checkpoint a minute at most: a connection per message keeps no socket to watch over.
  return (msg) => new Promise((resolve, reject) => {
    const line = Buffer.from(frame(msg));
    const socket = net.connect({ host, port }, () => socket.end(Buffer.concat([Buffer.from(`${line.length} `), line]), () => resolve()));
    socket.setTimeout(5000, () => socket.destroy(new Error('syslog: timed out')));
    socket.on('error', reject);
  });
}
