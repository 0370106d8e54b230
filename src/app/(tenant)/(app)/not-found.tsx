import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';

// An unknown id, or a row of a practice the user does not work at (the server answers both the same way).
export default function TenantNotFound() {
  return (
    <Card>
      <EmptyState
        title="Not found"
        description="This page does not exist, or it belongs to a practice you do not work at."
        action={<ButtonLink href="/dashboard">Back to the dashboard</ButtonLink>}
      />
    </Card>
  );
}
