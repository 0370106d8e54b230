import type { TenantSessionUser } from '@/server/tenant/pages/view-types';
import { can, type Permission } from '@/lib/domain/tenant/permissions';

export type NavIcon =
  'home' | 'calendar' | 'users' | 'paw' | 'pill' | 'box' | 'settings' | 'building' | 'gauge';
export type NavItem = { href: string; label: string; icon: NavIcon; section?: 'settings' };

const ITEMS: Array<NavItem & { permission: Permission }> = [
  { href: '/dashboard', label: 'Dashboard', icon: 'home', permission: 'appointments:read' },
  { href: '/appointments', label: 'Appointments', icon: 'calendar', permission: 'appointments:read' },
  { href: '/clients', label: 'Clients', icon: 'users', permission: 'clients:read' },
  { href: '/patients', label: 'Patients', icon: 'paw', permission: 'patients:read' },
  { href: '/prescriptions', label: 'Prescriptions', icon: 'pill', permission: 'prescriptions:read' },
  { href: '/inventory', label: 'Inventory', icon: 'box', permission: 'inventory:read' },
  {
    href: '/settings/users',
    label: 'Users',
    icon: 'settings',
    permission: 'users:manage',
    section: 'settings',
  },
  {
    href: '/settings/practices',
    label: 'Practices',
    icon: 'building',
    permission: 'practices:manage',
    section: 'settings',
  },
  {
    href: '/settings/plan',
    label: 'Plan & billing',
    icon: 'gauge',
    permission: 'plan:read',
    section: 'settings',
  },
  {
    href: '/settings/export',
    label: 'Data export',
    icon: 'box',
    permission: 'exports:manage',
    section: 'settings',
  },
];

/** The navigation this user's role may use; the API refuses the rest anyway, this only avoids dead ends. */
export function navItemsFor(user: Pick<TenantSessionUser, 'role'>): NavItem[] {
  return ITEMS.filter((item) => can(user.role, item.permission)).map(({ permission: _p, ...item }) => item);
}

export const ROLE_LABELS: Record<TenantSessionUser['role'], string> = {
  ADMIN: 'Administrator',
  VETERINARIAN: 'Veterinarian',
  TECHNICIAN: 'Technician',
  RECEPTIONIST: 'Receptionist',
};
