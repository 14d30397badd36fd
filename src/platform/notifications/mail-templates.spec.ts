import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { MailTemplates } from './mail-templates.js';

describe('MailTemplates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mail-templates-'));
  const write = (subject: string) =>
    writeFileSync(join(dir, 'hello.nl.txt'), `Subject: ${subject}\n\nDag {{name}}.\n`);
  afterEach(() => rmSync(join(dir, 'hello.nl.txt'), { force: true }));

  it('keeps a template for its maximum age, then reads the changed wording', async () => {
    let now = 1_000_000;
    const realNow = Date.now;
    Date.now = () => now;
    try {
      const templates = new MailTemplates(dir, 60_000);
      write('Eerste');
      expect((await templates.render('hello', 'nl', { name: 'An' })).subject).toBe('Eerste');
      write('Tweede');
      now += 59_000;
      expect((await templates.render('hello', 'nl', { name: 'An' })).subject).toBe('Eerste');
      now += 2_000;
      const changed = await templates.render('hello', 'nl', { name: 'An' });
      expect(changed.subject).toBe('Tweede');
      expect(changed.text).toBe('Dag An.\n');
    } finally {
      Date.now = realNow;
    }
  });

  it('refuses a template that does not exist, and finds it once it does', async () => {
    const templates = new MailTemplates(dir, 0);
    await expect(templates.render('hello', 'nl', {})).rejects.toThrow('No mail template hello.nl.txt');
    write('Nu wel');
    expect((await templates.render('hello', 'nl', { name: 'An' })).subject).toBe('Nu wel');
  });
});
