import { cn } from '@/components/ui/cn';
import type { BrandView } from './branding';

/** The clinic's logo, or its initials on the brand colour when it has none. */
export function BrandMark({ brand, className }: { brand: BrandView; className?: string }) {
  if (brand.logoUrl) {
    // A plain <img>: logos are arbitrary owner-supplied URLs that next/image would need whitelisted.
    // eslint-disable-next-line @next/next/no-img-element -- see above: no optimisable asset, any host
    return <img src={brand.logoUrl} alt="" className={cn('size-9 rounded-md object-contain', className)} />;
  }
  return (
    <span
      aria-hidden="true"
      className={cn(
        'flex size-9 items-center justify-center rounded-md bg-brand-600 text-sm font-semibold text-white',
        className,
      )}
    >
      {brand.initials}
    </span>
  );
}
