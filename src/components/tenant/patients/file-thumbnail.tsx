import Image from 'next/image';

/** Image types every browser draws; a TIFF (also accepted for imaging) gets no preview and stays a link. */
const PREVIEWABLE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export function hasPreview(contentType: string): boolean {
  return PREVIEWABLE.has(contentType);
}

/**
 * A small preview of an uploaded image, loaded from the authenticated download route (GET /api/files/:id: the
 * session cookie and the clinic's host scope it, exactly like the link beside it). `unoptimized` because Next's
 * image optimizer would fetch the file without the user's session, and its cache would keep patient images.
 */
export function FileThumbnail({ id, name }: { id: string; name: string }) {
  return (
    <a href={`/api/files/${id}`} className="mt-2 block w-fit" data-testid="file-thumbnail">
      <Image
        src={`/api/files/${id}`}
        alt={`Preview of ${name}`}
        width={96}
        height={96}
        unoptimized
        loading="lazy"
        className="size-24 rounded-md bg-slate-100 object-cover ring-1 ring-slate-200"
      />
    </a>
  );
}
