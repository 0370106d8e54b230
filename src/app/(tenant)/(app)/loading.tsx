import { PendingBlock } from '@/components/ui/spinner';

// Shown inside the shell while a clinic page's data loads (navigation stays responsive).
export default function Loading() {
  return <PendingBlock label="Loading…" />;
}
