import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { DomainError } from '../../kernel/errors.js';

/** A file received from a multipart upload: written to a temporary file while being hashed. */
export interface ReceivedFile {
  /** The temporary file; the caller removes it (`discard`). */
  path: string;
  sha256: string;
  size: number;
  /** The name the client gave, unsanitised. */
  clientName: string;
}

export interface ParsedUpload {
  fields: Record<string, string>;
  file: ReceivedFile;
  discard(): Promise<void>;
}

const MAX_FIELDS = 10;
const MAX_FIELD_BYTES = 2000;

/**
 * Reads a `multipart/form-data` request with one file (field `file`) and a few text fields, streaming
 * the file to `tmpDir` through a SHA-256 and a byte counter: never more than a chunk of it is in memory.
 * More than `maxBytes` → 413 `PAYLOAD_TOO_LARGE` (the rest of the body is read and dropped, so the
 * client gets the answer); no file, two files or a body that is not multipart → 400.
 */
export async function parseUpload(
  req: IncomingMessage,
  options: { maxBytes: number; tmpDir: string },
): Promise<ParsedUpload> {
  if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
    throw DomainError.validation('body', 'send the document as multipart/form-data with a field "file"');
  }
  await mkdir(options.tmpDir, { recursive: true });
  const path = join(options.tmpDir, `${randomUUID()}.upload`);
  const discard = () => rm(path, { force: true });

  let bb: busboy.Busboy;
  try {
    bb = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: {
        files: 1,
        fields: MAX_FIELDS,
        fieldSize: MAX_FIELD_BYTES,
        // One byte more than allowed: receiving it is how we know the file is too large.
        fileSize: options.maxBytes + 1,
        parts: MAX_FIELDS + 1,
      },
    });
  } catch (err) {
    throw DomainError.validation('body', (err as Error).message);
  }

  const fields: Record<string, string> = {};
  let file: Promise<ReceivedFile> | undefined;
  let problem: DomainError | undefined;
  const fail = (error: DomainError) => {
    problem ??= error;
  };

  const finished = new Promise<void>((resolve, reject) => {
    bb.on('field', (name, value, info) => {
      if (info.valueTruncated) fail(DomainError.validation(name, `at most ${MAX_FIELD_BYTES} bytes`));
      else fields[name] = value;
    });
    bb.on('file', (name, stream, info) => {
      if (name !== 'file' || file) {
        stream.resume();
        fail(DomainError.validation(name, 'send exactly one file, in the field "file"'));
        return;
      }
      const hash = createHash('sha256');
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done: TransformCallback) {
          size += chunk.length;
          hash.update(chunk);
          done(null, chunk);
        },
      });
      stream.on('limit', () =>
        fail(
          new DomainError('PAYLOAD_TOO_LARGE', `A document may be at most ${options.maxBytes} bytes`, {
            maxBytes: options.maxBytes,
          }),
        ),
      );
      file = pipeline(stream, counter, createWriteStream(path)).then(() => ({
        path,
        sha256: hash.digest('hex'),
        size,
        clientName: info.filename ?? '',
      }));
      // Awaited after the body ends; marked handled so an early error is not an unhandled rejection.
      file.catch(() => undefined);
    });
    bb.on('filesLimit', () => fail(DomainError.validation('file', 'send exactly one file')));
    bb.on('fieldsLimit', () => fail(DomainError.validation('body', `at most ${MAX_FIELDS} fields`)));
    bb.on('partsLimit', () => fail(DomainError.validation('body', 'too many parts')));
    bb.on('close', resolve);
    bb.on('error', (err: Error) => reject(DomainError.validation('body', err.message)));
    req.on('aborted', () => reject(DomainError.validation('body', 'the upload was interrupted')));
  });

  try {
    req.pipe(bb);
    await finished;
    const received = file ? await file : undefined;
    if (problem) throw problem;
    if (!received) throw DomainError.validation('file', 'send the document in the field "file"');
    return { fields, file: received, discard };
  } catch (err) {
    req.unpipe(bb);
    req.resume();
    await discard();
    throw err;
  }
}
