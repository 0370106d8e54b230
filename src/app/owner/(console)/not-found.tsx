import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';

export default function OwnerNotFound() {
  return (
    <Card>
      <EmptyState
        title="Not found"
        description="This tenant or page does not exist."
        action={<ButtonLink href="/owner/tenants">Back to tenants</ButtonLink>}
      />
    </Card>
  );
}
