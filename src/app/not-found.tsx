import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';

export const metadata: Metadata = { title: 'Not found · SmartDMV' };

/**
 * The last-resort 404: any path no section handles, and every page of a host that serves no clinic (the clinic
 * layout calls notFound() before it can render its own 404). The host is unknown here, so it links nowhere.
 */
export default function NotFound() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <Card className="w-full max-w-md">
        <EmptyState
          title="Nothing here"
          description="There is no SmartDMV page or clinic at this address. If you followed a link to your clinic, check the address with your clinic administrator."
        />
      </Card>
    </main>
  );
}
