import { TabNav } from '@/components/ui/tabs';

export function BillingNav() {
  return (
    <TabNav
      label="Billing sections"
      items={[
        { href: '/owner/billing', label: 'Overview' },
        { href: '/owner/billing/invoices', label: 'Invoices' },
      ]}
    />
  );
}
