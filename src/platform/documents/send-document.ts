import type { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { DocumentView } from './dto/document.dto.js';

/**
 * Answers a download: as an attachment under its sanitised name (ASCII, plus the RFC 5987 form),
 * with its own type, never sniffed by the browser, and its SHA-256 as ETag.
 */
export function sendDocument(res: Response, document: DocumentView, content: Readable): StreamableFile {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('ETag', `"${document.sha256}"`);
  res.setHeader('Cache-Control', 'private, no-cache');
  const name = document.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return new StreamableFile(content, {
    type: document.contentType,
    disposition: `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    length: document.sizeBytes,
  });
}
