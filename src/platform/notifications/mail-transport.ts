import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../kernel/config/config.js';

export interface OutgoingMail {
  id: string;
  to: { address: string; name: string | null };
  subject: string;
  text: string;
  html: string;
  language: string;
}

export interface MailDelivery {
  transport: 'smtp' | 'file';
  /** The SMTP server's response, or the file written. */
  transportId: string;
}

/**
 * Hands a mail to the SMTP server of `SMTP_URL` (nodemailer), or, without one (the embedded
 * default), writes it as an `.eml` file into `DATA_DIR/mail/` and logs where. The Message-ID is
 * derived from the mail's id, so a receiver can recognise a mail that arrives twice.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly logger = new Logger(MailTransport.name);
  private transport?: Promise<Transporter>;
  private readonly domain: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.domain = /@([^>\s]+)>?\s*$/.exec(config.mailFrom)?.[1] ?? 'localhost';
  }

  /**
   * The SMTP transport, or a composer of the embedded default's files. nodemailer loads with the first
   * mail: an API process that only enqueues mails for the worker never loads it (issue #23: memory).
   */
  private transporter(): Promise<Transporter> {
    const { smtpUrl } = this.config;
    this.transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      smtpUrl
        ? nodemailer.createTransport({
            url: smtpUrl,
            requireTLS: this.config.smtpRequireTls,
            tls: { rejectUnauthorized: this.config.smtpTlsRejectUnauthorized },
            connectionTimeout: 10_000,
            greetingTimeout: 10_000,
            socketTimeout: 30_000,
          })
        : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }),
    );
    return this.transport;
  }

  get kind(): 'smtp' | 'file' {
    return this.config.smtpUrl ? 'smtp' : 'file';
  }

  /** The directory of the embedded default's `.eml` files. */
  get mailDir(): string {
    return join(this.config.dataDir, 'mail');
  }

  async deliver(mail: OutgoingMail): Promise<MailDelivery> {
    const message = {
      from: this.config.mailFrom,
      to: { name: mail.to.name ?? '', address: mail.to.address },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.id}@${this.domain}>`,
      headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': mail.language },
      // Addresses come from our own validated rows; never let nodemailer read files or URLs.
      disableFileAccess: true,
      disableUrlAccess: true,
    };
    const transporter = await this.transporter();
    if (this.config.smtpUrl) {
      const info = (await transporter.sendMail(message)) as { response?: string; messageId?: string };
      return { transport: 'smtp', transportId: (info.response ?? info.messageId ?? '').slice(0, 500) };
    }
    const info = (await transporter.sendMail(message)) as { message: Buffer };
    await mkdir(this.mailDir, { recursive: true });
    const file = join(this.mailDir, `${mail.id}.eml`);
    await writeFile(file, info.message);
    this.logger.log(`Mail "${mail.subject}" to ${mail.to.address} written to ${file} (no SMTP_URL set)`);
    return { transport: 'file', transportId: file };
  }

  async onModuleDestroy(): Promise<void> {
    (await this.transport)?.close();
  }
}
