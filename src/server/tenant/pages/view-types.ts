/**
 * The shapes the clinic UI renders, re-exported for src/components: the UI imports only src/lib, src/components
 * and these page loaders (eslint.boundaries.mjs). Types only, so nothing of the server reaches a client bundle.
 */
export type { AppointmentView, CalendarView } from '@/server/tenant/appointments/appointments.schema';
export type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
export type { ClientView } from '@/server/tenant/clients/clients.schema';
export type { DataExportView } from '@/server/tenant/exports/export.schema';
export type { InventoryItemView } from '@/server/tenant/inventory/inventory.schema';
export type { ControlledLogEntry } from '@/server/tenant/inventory/list-controlled-log';
export type { PatientView, WeightView } from '@/server/tenant/patients/patients.schema';
export type { TimelineEntry } from '@/server/tenant/patients/timeline.schema';
export type { PracticeView } from '@/server/tenant/practices/practices.schema';
export type { PrescriptionView } from '@/server/tenant/prescriptions/prescription-view';
export type {
  ClinicalContent,
  HistoryEntryView,
  RecordDetailView,
  RecordView,
  Vitals,
} from '@/server/tenant/records/records.schema';
export type { UserView } from '@/server/tenant/users/users.schema';
export type { DrugOption } from './page-data';
// The clinic's own billing and branding come from the owner side through server/tenancy, like everything else.
export type { ClinicBillingSummary, ClinicInvoiceView } from '@/server/tenancy/owner-gateway/clinic-billing';
export type { ResolvedTenant } from '@/server/tenancy/routing/resolve-tenant';
