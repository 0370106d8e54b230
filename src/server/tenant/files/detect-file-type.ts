import { fileTypeFromFile } from 'file-type';
import { AppError } from '@/server/shared/errors';

/**
 * What may be stored, decided by the bytes, never by the client's name or Content-Type: an .png that is really
 * an executable is refused. The stored extension and the Content-Type we later serve come from here.
 */
const ALLOWED: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/tiff': 'tif',
  'application/dicom': 'dcm',
  'application/pdf': 'pdf',
};

const TEXT_PLAIN = 'text/plain; charset=utf-8';

export type DetectedType = { contentType: string; extension: string };

export async function detectFileType(filePath: string, looksLikeUtf8Text: boolean): Promise<DetectedType> {
  const sniffed = await fileTypeFromFile(filePath);
  if (sniffed) {
    const extension = ALLOWED[sniffed.mime];
    if (extension) return { contentType: sniffed.mime, extension };
    throw unsupported(sniffed.mime);
  }
  // No magic bytes: only clean UTF-8 text is acceptable (stored and served as text/plain, as an attachment).
  if (looksLikeUtf8Text) return { contentType: TEXT_PLAIN, extension: 'txt' };
  throw unsupported('unknown');
}

function unsupported(detected: string): AppError {
  return new AppError(
    415,
    'UNSUPPORTED_FILE_TYPE',
    'This kind of file cannot be uploaded. Allowed: images, DICOM, PDF and plain text.',
    {
      detected,
      allowed: [...Object.keys(ALLOWED), 'text/plain'],
    },
  );
}

/** Images and PDFs open in the browser; everything else downloads. */
export function isInlineType(contentType: string): boolean {
  return contentType.startsWith('image/') || contentType === 'application/pdf';
}
