import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerText } from './mail-address.js';

export type MailLanguage = 'nl' | 'en';
export const MAIL_LANGUAGES: readonly MailLanguage[] = ['nl', 'en'];

/** Values a template can show: `{{name}}` in the template is replaced by `data.name`. */
export type MailData = Record<string, string | number | null | undefined>;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const TEMPLATE_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/** The folder `templates/mail`, found upwards from this file (works from src/ and dist/). */
export function defaultMailTemplateDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'templates', 'mail');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return join(process.cwd(), 'templates', 'mail');
}

export function isMailTemplateName(name: string): boolean {
  return TEMPLATE_NAME.test(name);
}

/**
 * The mail templates: `templates/mail/<template>.<language>.txt` holds `Subject: …`, an empty line
 * and the plain-text body; `<template>.<language>.html` (optional) the HTML body. Without an HTML
 * file the HTML is built from the text (paragraphs, links). `_footer.<language>.txt` ends every mail.
 * Each file is read again once it has been kept `maxAgeMs` (a minute), so wording changes need no
 * release nor restart; reading the three files at every mail cost an eighth of the API's CPU in a
 * submission (bench/README.md).
 */
export class MailTemplates {
  private readonly files = new Map<string, { readAt: number; text: Promise<string | undefined> }>();

  constructor(
    private readonly dir: string = defaultMailTemplateDir(),
    private readonly maxAgeMs = 60_000,
  ) {}

  async render(template: string, language: MailLanguage, data: MailData): Promise<RenderedMail> {
    if (!isMailTemplateName(template)) throw new Error(`Invalid mail template name "${template}"`);
    const source = await this.optional(`${template}.${language}.txt`);
    if (source === undefined) throw new Error(`No mail template ${template}.${language}.txt in ${this.dir}`);
    const match = /^Subject:[ \t]*(.*)\r?\n\r?\n([\s\S]*)$/.exec(source);
    if (!match) throw new Error(`${template}.${language}.txt must start with "Subject: …" and an empty line`);
    const footer = await this.optional(`_footer.${language}.txt`);
    const subject = headerText(
      fill(match[1], data, template, (v) => v),
      250,
    );
    const text =
      (
        fill(match[2], data, template, (v) => v).trimEnd() +
        '\n' +
        (footer ? '\n' + fill(footer, data, template, (v) => v) : '')
      ).trimEnd() + '\n';
    const htmlSource = await this.optional(`${template}.${language}.html`);
    const body = htmlSource === undefined ? textToHtml(text) : fill(htmlSource, data, template, escapeHtml);
    return { subject, text, html: layout(language, subject, body) };
  }

  /** The file's text (undefined when there is none), as read at most `maxAgeMs` ago. */
  private optional(file: string): Promise<string | undefined> {
    const now = Date.now();
    const kept = this.files.get(file);
    if (kept && now - kept.readAt < this.maxAgeMs) return kept.text;
    const text = readFile(join(this.dir, file), 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      this.files.delete(file); // a failed read is tried again at the next mail
      throw err;
    });
    this.files.set(file, { readAt: now, text });
    return text;
  }
}

function fill(source: string, data: MailData, template: string, encode: (v: string) => string): string {
  return source.replace(PLACEHOLDER, (_all, key: string) => {
    const value = data[key];
    if (value === undefined || value === null) {
      throw new Error(`Mail template "${template}" needs "${key}" in its data`);
    }
    return encode(String(value));
  });
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Paragraphs from blank lines, line breaks kept, http(s) links made clickable; everything escaped. */
function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const escaped = escapeHtml(paragraph).replace(
        /https?:\/\/[^\s<]+/g,
        (url) => `<a href="${url}">${url}</a>`,
      );
      return `<p>${escaped.replace(/\n/g, '<br>\n')}</p>`;
    })
    .join('\n');
}

function layout(language: MailLanguage, subject: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">
${body}
</body>
</html>
`;
}
