import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { AppError, badRequest } from '@/server/shared/errors';

/**
 * Transport helper for POST /api/files (the multipart counterpart of readJson): streams the one file part of a
 * multipart/form-data request to a temporary file, hashing it and checking its size on the way, and collects the
 * text fields. Nothing is buffered in memory beyond stream chunks. On any failure the temporary file is removed
 * before the error is thrown; on success the caller owns `tempPath` and must move or remove it.
 */

export type StagedUpload = {
  tempPath: string;
  /** As the client named it; display only, never used for a path. */
  originalName: string;
  sizeBytes: number;
  sha256: string;
  /** Valid UTF-8 without NUL bytes: the only way a file without magic bytes may pass as text/plain. */
  isUtf8Text: boolean;
  fields: Record<string, string>;
};

// Room for the multipart boundaries, part headers and the few text fields around the file.
const MULTIPART_SLACK_BYTES = 64 * 1024;

const payloadTooLarge = (maxBytes: number) =>
  new AppError(413, 'PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${maxBytes} bytes.`, {
    maxBytes,
  });

export async function readMultipartUpload(
  req: Request,
  options: { stagingDir: string; maxBytes: number },
): Promise<StagedUpload> {
  const contentType = req.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new AppError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the file as multipart/form-data in the field "file".',
    );
  }
  const declared = Number(req.headers.get('content-length') ?? Number.NaN);
  // Refuse an announced oversize body before reading a byte of it.
  if (Number.isFinite(declared) && declared > options.maxBytes + MULTIPART_SLACK_BYTES)
    throw payloadTooLarge(options.maxBytes);
  if (!req.body) throw badRequest('The upload is empty.');

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      defParamCharset: 'utf8',
      limits: {
        files: 1,
        // busboy reports 'limit' once a file REACHES fileSize; one byte more keeps MAX_UPLOAD_BYTES itself allowed.
        fileSize: options.maxBytes + 1,
        fields: 10,
        fieldSize: 1024,
        parts: 12,
        headerPairs: 20,
      },
    });
  } catch {
    throw badRequest('The multipart body is malformed.');
  }

  const abort = new AbortController();
  const fields: Record<string, string> = {};
  let problem: AppError | undefined;
  let tempPath: string | undefined;
  let fileWork: Promise<Omit<StagedUpload, 'fields'>> | undefined;

  parser.on('field', (name, value, info) => {
    if (info.nameTruncated || info.valueTruncated)
      problem ??= badRequest(`The field "${name.slice(0, 40)}" is too long.`);
    else fields[name] = value;
  });
  parser.on('file', (name, stream, info) => {
    if (name !== 'file' || fileWork) {
      problem ??= badRequest('Send exactly one file, in the field "file".');
      stream.resume();
      return;
    }
    tempPath = path.join(options.stagingDir, `${randomUUID()}.part`);
    fileWork = writeFilePart(stream, tempPath, options.maxBytes, info.filename ?? '');
    // Stop reading the request as soon as the file fails (too large, disk error): no point draining the rest.
    fileWork.catch(() => abort.abort());
  });
  for (const event of ['filesLimit', 'fieldsLimit', 'partsLimit'] as const) {
    parser.on(event, () => (problem ??= badRequest('Send one file and at most a few fields.')));
  }

  let parseError: unknown;
  try {
    await pipeline(Readable.fromWeb(req.body as unknown as NodeWebReadableStream), parser, {
      signal: abort.signal,
    });
  } catch (error) {
    parseError = error;
  }
  let file: Omit<StagedUpload, 'fields'> | undefined;
  let fileError: unknown;
  if (fileWork) {
    try {
      file = await fileWork;
    } catch (error) {
      fileError = error;
    }
  }
  const error =
    asAppError(fileError) ??
    problem ??
    (parseError ? badRequest('The multipart body is malformed or incomplete.') : undefined);
  if (error || !file) {
    if (tempPath) await fs.promises.rm(tempPath, { force: true });
    throw error ?? badRequest('Send the file in the field "file".');
  }
  return { ...file, fields };
}

/** Our own refusals pass through; a disk error is ours (500); anything else is a broken request body. */
function asAppError(error: unknown): Error | undefined {
  if (error === undefined) return undefined;
  if (error instanceof AppError || (error instanceof Error && 'syscall' in error)) return error;
  return badRequest('The upload could not be received.');
}

async function writeFilePart(
  stream: Readable,
  tempPath: string,
  maxBytes: number,
  filename: string,
): Promise<Omit<StagedUpload, 'fields'>> {
  const hash = createHash('sha256');
  const text = new Utf8Probe();
  let sizeBytes = 0;
  // busboy stops at fileSize and says so; that is our 413.
  stream.on('limit', () => stream.destroy(payloadTooLarge(maxBytes)));
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sizeBytes += chunk.length;
      hash.update(chunk);
      text.feed(chunk);
      callback(null, chunk);
    },
  });
  // 'wx': never follow or overwrite anything already at this (random) name.
  await pipeline(stream, meter, fs.createWriteStream(tempPath, { flags: 'wx', mode: 0o640 }));
  return {
    tempPath,
    originalName: filename,
    sizeBytes,
    sha256: hash.digest('hex'),
    isUtf8Text: text.finish(),
  };
}

/** Decides, chunk by chunk, whether the bytes are UTF-8 text without NULs. */
class Utf8Probe {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private valid = true;

  feed(chunk: Buffer): void {
    if (!this.valid) return;
    if (chunk.includes(0)) {
      this.valid = false;
      return;
    }
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.valid = false;
    }
  }

  finish(): boolean {
    if (!this.valid) return false;
    try {
      this.decoder.decode();
      return true;
    } catch {
      return false;
    }
  }
}
