import { PendingBlock } from '@/components/ui/spinner';

export default function OwnerLoading() {
  return <PendingBlock label="Loading…" />;
}
