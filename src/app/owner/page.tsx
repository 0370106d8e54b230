export const dynamic = 'force-dynamic';

export default function OwnerHome() {
  return <main className="p-8">Owner console</main>;
}
