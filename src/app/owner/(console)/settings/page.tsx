import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/owner/change-password-form';
import { BillingSettingsForm } from '@/components/owner/billing-settings-form';
import { SettingsForm } from '@/components/owner/settings-form';
import { BackupSettingsForm } from '@/components/owner/backup-settings-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { loadSettingsPage } from '@/server/owner/pages/catalogue-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const { settings, plans, editable } = await loadSettingsPage();
  // The default plan must be one that can be chosen; keep the current value listed even if it was retired.
  const choices = plans.filter((plan) => plan.isActive || plan.code === settings.defaultPlanCode);
  return (
    <>
      <PageHeader title="Settings" description="Platform-wide settings and your own account." />
      <div className="grid grid-cols-1 max-w-5xl gap-6 lg:grid-cols-5">
        <div className="space-y-4 lg:col-span-3">
          {editable ? null : <Alert>Your role can view settings but not change them.</Alert>}
          <SettingsForm
            settings={settings}
            plans={choices.map((p) => ({ code: p.code, name: p.name }))}
            editable={editable}
          />
          <BackupSettingsForm settings={settings} editable={editable} />
          <BillingSettingsForm settings={settings} editable={editable} />
        </div>
        <div className="lg:col-span-2">
          <ChangePasswordForm />
        </div>
      </div>
    </>
  );
}
