import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { waitFor } from './wait.js';

/** A mail as the test SMTP server received it, decoded. */
export interface ReceivedMail {
  /** The envelope recipients (RCPT TO). */
  rcptTo: string[];
  mailFrom: string;
  raw: string;
  headers: Map<string, string>;
  subject: string;
  messageId: string;
  text: string;
  html: string;
}

/**
 * A real SMTP server (the `smtp-server` package) in the test process: the app sends to it over
 * TCP with `SMTP_URL=smtp://127.0.0.1:<port>` and the test reads what arrived. `rejectNext(n)`
 * answers the next n mails with a 451 (temporary failure); `stallData` keeps the DATA phase open
 * (a send that never finishes) until `releaseData` is called.
 */
export class TestSmtpServer {
  readonly messages: ReceivedMail[] = [];
  private server?: SMTPServer;
  private rejections = 0;
  private stall?: Promise<void>;
  private release?: () => void;
  private readonly closed = new Set<string>();
  /** Mails whose DATA arrived in full while `stallData` held the answer back. */
  stalledCount = 0;
  /** Mails dropped because the client was gone before the server answered (never accepted). */
  dropped = 0;
  port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onClose: (session) => {
        this.closed.add(session.id);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          void (async () => {
            if (this.stall) {
              this.stalledCount++;
              await this.stall;
            }
            // Like a real server: a mail whose sender is gone before the answer is never accepted.
            if (this.closed.has(session.id)) {
              this.dropped++;
              callback(new Error('client gone'));
              return;
            }
            if (this.rejections > 0) {
              this.rejections--;
              const err = new Error('Try again later') as Error & { responseCode: number };
              err.responseCode = 451;
              callback(err);
              return;
            }
            const raw = Buffer.concat(chunks).toString('utf8');
            this.messages.push(
              parseMail(
                raw,
                session.envelope.rcptTo.map((r) => r.address),
                session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              ),
            );
            callback();
          })();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  rejectNext(n: number): void {
    this.rejections = n;
  }

  stallData(): void {
    this.stall = new Promise((resolve) => (this.release = resolve));
  }

  releaseData(): void {
    this.release?.();
    this.stall = undefined;
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.rcptTo.includes(address.toLowerCase()));
  }

  /** Waits until `count` mails (default 1) matching `filter` arrived; returns them. */
  async waitFor(
    filter: (m: ReceivedMail) => boolean,
    { count = 1, timeoutMs = 15_000, what = 'a mail' } = {},
  ): Promise<ReceivedMail[]> {
    return waitFor(
      () => {
        const found = this.messages.filter(filter);
        return found.length >= count ? found : undefined;
      },
      { timeoutMs, what },
    );
  }

  async stop(): Promise<void> {
    this.releaseData();
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

export async function startSmtpServer(port = 0): Promise<TestSmtpServer> {
  return new TestSmtpServer().start(port);
}

/** Enough MIME to read what nodemailer writes: folded headers, encoded words, multipart, QP/base64. */
export function parseMail(raw: string, rcptTo: string[] = [], mailFrom = ''): ReceivedMail {
  const { headers, body } = splitHeaders(raw);
  const parts = collectParts(headers, body);
  return {
    rcptTo: rcptTo.map((a) => a.toLowerCase()),
    mailFrom,
    raw,
    headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    messageId: headers.get('message-id') ?? '',
    text: parts.find((p) => p.type === 'text/plain')?.content ?? '',
    html: parts.find((p) => p.type === 'text/html')?.content ?? '',
  };
}

function splitHeaders(raw: string): { headers: Map<string, string>; body: string } {
  const normalized = raw.replace(/\r\n/g, '\n');
  const end = normalized.indexOf('\n\n');
  const head = end === -1 ? normalized : normalized.slice(0, end);
  const body = end === -1 ? '' : normalized.slice(end + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function collectParts(headers: Map<string, string>, body: string): { type: string; content: string }[] {
  const contentType = headers.get('content-type') ?? 'text/plain';
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
    if (!boundary) return [];
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'))
      .flatMap((part) => {
        const inner = splitHeaders(part.replace(/^\n/, ''));
        return collectParts(inner.headers, inner.body);
      });
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  let content = body;
  if (encoding === 'quoted-printable') content = decodeQp(body);
  else if (encoding === 'base64') content = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return [{ type, content }];
}

function decodeQp(value: string): string {
  const bytes: number[] = [];
  const text = value.replace(/=\n/g, '');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`). */
export function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_all, _charset: string, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQp(data.replace(/_/g, ' ')),
    );
}
