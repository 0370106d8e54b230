'use client';

import { CheckboxField, TextField } from '@/components/ui/fields';
import { SettingsSectionForm } from './settings-section-form';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

type BackupSettings = {
  backupsEnabled: boolean;
  backupTimeUtc: string;
  backupConcurrency: number;
  backupKeepDaily: number;
  backupKeepWeekly: number;
  backupKeepMonthly: number;
  replacedDataRetentionDays: number;
  deletedTenantRetentionDays: number;
};

const NUMBER_KEYS = [
  'backupConcurrency',
  'backupKeepDaily',
  'backupKeepWeekly',
  'backupKeepMonthly',
  'replacedDataRetentionDays',
  'deletedTenantRetentionDays',
] as const;

/** The largest value each count accepts (backup-settings.schema.ts). */
const BACKUP_MAXIMA: Record<(typeof NUMBER_KEYS)[number], number> = {
  backupConcurrency: 16,
  backupKeepDaily: 366,
  backupKeepWeekly: 520,
  backupKeepMonthly: 240,
  replacedDataRetentionDays: 3650,
  deletedTenantRetentionDays: 36500,
};

/** The backup schedule and retention (system settings), saved with PUT /api/owner/settings. */
export function BackupSettingsForm({ settings, editable }: { settings: BackupSettings; editable: boolean }) {
  const number = (name: (typeof NUMBER_KEYS)[number], label: string, hint: string) => (
    <TextField
      label={label}
      name={name}
      type="number"
      min={name === 'backupConcurrency' ? 1 : 0}
      max={BACKUP_MAXIMA[name]}
      required
      inputMode="numeric"
      defaultValue={String(settings[name])}
      hint={hint}
    />
  );

  return (
    <SettingsSectionForm
      title="Backups"
      description="Every clinic is backed up nightly; older scheduled backups are thinned out by these counts."
      submitLabel="Save backup settings"
      success="Backup settings saved."
      editable={editable}
      fieldsClassName="grid gap-4 sm:grid-cols-2"
      toBody={(text, form) => ({
        backupsEnabled: form.get('backupsEnabled') === 'on',
        backupTimeUtc: text('backupTimeUtc'),
        ...Object.fromEntries(NUMBER_KEYS.map((key) => [key, Number(text(key))])),
      })}
    >
      <div className="sm:col-span-2">
        <CheckboxField
          name="backupsEnabled"
          defaultChecked={settings.backupsEnabled}
          label="Back up every clinic nightly"
        />
      </div>
      <TextField
        label="Nightly backup time (UTC)"
        name="backupTimeUtc"
        required
        maxLength={L.backupTime.max}
        defaultValue={settings.backupTimeUtc}
        hint="HH:MM, 24-hour, e.g. 02:00."
      />
      {number('backupConcurrency', 'Clinics backed up at once', 'Keeps nightly runs from starving requests.')}
      {number('backupKeepDaily', 'Daily backups kept', 'The newest backup of each of this many days.')}
      {number('backupKeepWeekly', 'Weekly backups kept', 'The newest of each of this many weeks.')}
      {number('backupKeepMonthly', 'Monthly backups kept', 'The newest of each of this many months.')}
      {number(
        'replacedDataRetentionDays',
        'Keep replaced data (days)',
        'Database and files replaced by a restore.',
      )}
      {number(
        'deletedTenantRetentionDays',
        "Keep a deleted clinic's final backup (days)",
        'Record-keeping rules often ask for years.',
      )}
    </SettingsSectionForm>
  );
}
