import { redirect } from 'next/navigation';

// /settings has no page of its own: users is the first settings page.
export default function SettingsIndex() {
  redirect('/settings/users');
}
