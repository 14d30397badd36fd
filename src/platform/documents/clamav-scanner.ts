import { createReadStream } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';

export type ScanVerdict = { infected: false } | { infected: true; signature: string };

/**
 * Scans files with clamd over its INSTREAM protocol (TCP `CLAMAV_HOST`/`CLAMAV_PORT` or the Unix
 * socket `CLAMAV_SOCKET`): `zINSTREAM\0`, then chunks each prefixed with their length as a 4-byte
 * big-endian number, then a zero length; clamd answers `stream: OK` or `stream: <signature> FOUND`.
 * The file is read in chunks, never whole. Without clamd configured, `configured` is false.
 */
@Injectable()
export class ClamavScanner {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return this.config.clamav !== undefined;
  }

  /** Rejects when clamd cannot be reached, times out or answers with an error. */
  async scanFile(path: string): Promise<ScanVerdict> {
    const clamav = this.config.clamav;
    if (!clamav) throw new Error('ClamAV is not configured');
    const socket = clamav.socket
      ? connect({ path: clamav.socket })
      : connect({ host: clamav.host, port: clamav.port ?? 3310 });
    socket.setTimeout(clamav.timeoutMs);
    const reply = collectReply(socket);
    // Awaited below; marked handled here so that an early socket error is not an unhandled rejection.
    reply.catch(() => undefined);
    try {
      await once(socket, 'connect');
      await write(socket, Buffer.from('zINSTREAM\0'));
      for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
        const data = chunk as Buffer;
        const size = Buffer.alloc(4);
        size.writeUInt32BE(data.length);
        await write(socket, size);
        await write(socket, data);
      }
      await write(socket, Buffer.alloc(4));
    } catch (err) {
      socket.destroy();
      // clamd closes the stream early when it refuses it (e.g. beyond StreamMaxLength): say why.
      const answer = await reply.catch(() => '');
      throw new Error(`clamd: ${answer || (err as Error).message}`, { cause: err });
    }
    return parseReply(await reply);
  }
}

export function parseReply(reply: string): ScanVerdict {
  const text = reply.replace(/\0/g, '').trim();
  if (/^stream: OK$/.test(text)) return { infected: false };
  const found = /^stream: (.+) FOUND$/.exec(text);
  if (found) return { infected: true, signature: found[1] };
  throw new Error(`clamd answered: ${text || '(nothing)'}`);
}

function collectReply(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (chunk.includes(0)) socket.end();
    });
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('timeout', () => {
      socket.destroy();
      reject(new Error('clamd did not answer in time'));
    });
    socket.on('error', reject);
  });
}

function once(socket: Socket, event: 'connect'): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once(event, () => resolve());
    socket.once('error', reject);
  });
}

function write(socket: Socket, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.write(data, (err) => (err ? reject(err) : resolve()));
  });
}
