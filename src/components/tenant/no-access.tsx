import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';

/** Shown instead of a page the user's role may not use (the API would refuse its data anyway). */
export function NoAccess({ what }: { what: string }) {
  return (
    <Card>
      <EmptyState
        title="You don't have access to this page"
        description={`Your role cannot view ${what}. Ask your clinic administrator if you need it.`}
        action={<ButtonLink href="/dashboard">Back to the dashboard</ButtonLink>}
      />
    </Card>
  );
}
