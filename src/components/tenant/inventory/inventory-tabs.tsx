import Link from 'next/link';
import { cn, focusRing } from '@/components/ui/cn';

const LABELS = {
  all: 'All stock',
  low: 'Low stock',
  expiring: 'Expiring soon',
  controlled: 'Controlled drug log',
} as const;

/** Inventory views as link tabs (each view is its own URL). */
export function InventoryTabs({
  current,
  showControlled,
}: {
  current: keyof typeof LABELS;
  showControlled: boolean;
}) {
  const tabs = (Object.keys(LABELS) as Array<keyof typeof LABELS>).filter(
    (t) => t !== 'controlled' || showControlled,
  );
  return (
    <nav aria-label="Inventory views" className="mb-4 border-b border-slate-200">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((tab) => (
          <li key={tab}>
            <Link
              href={tab === 'all' ? '/inventory' : `/inventory?tab=${tab}`}
              aria-current={tab === current ? 'page' : undefined}
              className={cn(
                'inline-block rounded-t-md border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap',
                focusRing,
                tab === current
                  ? 'border-brand-600 text-brand-700'
                  : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
              )}
            >
              {LABELS[tab]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
