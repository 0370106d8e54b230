/** Plain-language names for audit actions; an unknown action is shown as written. */
const LABELS: Record<string, string> = {
  'owner.login': 'Signed in',
  'owner.login_failed': 'Failed sign-in',
  'owner.logout': 'Signed out',
  'owner.password_change': 'Changed password',
  'owner.password_change_failed': 'Failed password change',
  'plan.create': 'Created plan',
  'plan.update': 'Updated plan',
  'server.create': 'Registered database server',
  'server.update': 'Changed database server',
  'tenant.move': 'Moved clinic to another server',
  'settings.update': 'Updated settings',
  'tenant.create': 'Created tenant',
  'tenant.signup_requested': 'Self sign-up: confirmation mailed',
  'tenant.signup': 'Self sign-up: clinic created',
  'tenant.retry': 'Retried provisioning',
  'tenant.update': 'Updated tenant',
  'tenant.suspend': 'Suspended tenant',
  'tenant.activate': 'Activated tenant',
  'tenant.delete': 'Deleted tenant',
  'tenant.domain_add': 'Added domain',
  'tenant.domain_remove': 'Removed domain',
  'tenant.domain_primary': 'Changed primary domain',
  'tenant.subscription_change': 'Changed subscription',
  'tenant.maintenance.enter': 'Turned maintenance on',
  'tenant.maintenance.leave': 'Turned maintenance off',
  'job.retry': 'Retried job',
  'job.cancel': 'Cancelled job',
  'tenant.backup': 'Backed up clinic',
  'tenant.backup_delete': 'Deleted backup',
  'tenant.backup_download': 'Downloaded backup',
  'tenant.restore': 'Restored clinic',
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}

/** Failures stand out in the log. */
export function isFailureAction(action: string, details: Record<string, unknown>): boolean {
  return action.endsWith('_failed') || details.outcome === 'FAILED';
}

export const AUDIT_ACTION_FILTERS = [
  { value: 'tenant.*', label: 'Tenant changes' },
  { value: 'plan.*', label: 'Plan changes' },
  { value: 'settings.*', label: 'Settings changes' },
  { value: 'owner.*', label: 'Sign-ins and accounts' },
  { value: 'owner.login_failed', label: 'Failed sign-ins' },
];
