import Link from 'next/link';
import { Badge, StatusBadge } from '@/components/ui/badge';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import type { PrescriptionView } from '@/server/tenant/prescriptions/prescription-view';
import { formatDate, formatQuantity } from '../format';
import { DispenseActions } from './dispense-actions';

/** Prescriptions with their fill progress and, for the roles allowed, dispense and cancel buttons. */
export function PrescriptionTable({
  prescriptions,
  timeZone,
  canDispense,
  canCancel,
  units = {},
  showPatient = true,
}: {
  prescriptions: PrescriptionView[];
  timeZone: string;
  canDispense: boolean;
  canCancel: boolean;
  /** Inventory item id → unit, for "14 tablets" instead of "14". */
  units?: Record<string, string>;
  showPatient?: boolean;
}) {
  return (
    <Table caption="Prescriptions">
      <THead>
        <TR>
          <TH>Prescription</TH>
          {showPatient ? <TH>Patient</TH> : null}
          <TH>Dispensed</TH>
          <TH>Status</TH>
          <TH className="text-right">Actions</TH>
        </TR>
      </THead>
      <TBody>
        {prescriptions.map((rx) => {
          const unit = units[rx.inventoryItemId];
          return (
            <TR key={rx.id} data-testid="prescription-row">
              <TD className="min-w-64">
                <p className="font-medium text-slate-900">
                  {rx.drugName}
                  {rx.controlledSchedule ? (
                    <Badge tone="warning" className="ml-2">
                      C-{rx.controlledSchedule}
                    </Badge>
                  ) : null}
                </p>
                <p className="text-slate-700">
                  {[
                    rx.strength,
                    rx.dose,
                    rx.route,
                    rx.frequency,
                    rx.durationDays ? `${rx.durationDays} d` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {rx.instructions ? <p className="text-xs text-slate-500">{rx.instructions}</p> : null}
                <p className="text-xs text-slate-500">
                  {formatDate(rx.createdAt, timeZone)} · {rx.prescriber.name}
                </p>
              </TD>
              {showPatient ? (
                <TD>
                  <Link
                    href={`/patients/${rx.patient.id}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {rx.patient.name}
                  </Link>
                </TD>
              ) : null}
              <TD className="whitespace-nowrap">
                {formatQuantity(rx.quantityDispensed)} /{' '}
                {formatQuantity(rx.quantity * (1 + rx.refills), unit)}
                {rx.refills > 0 ? (
                  <p className="text-xs text-slate-500">{`Refills used ${rx.refillsUsed} of ${rx.refills}`}</p>
                ) : null}
              </TD>
              <TD>
                <StatusBadge status={rx.status} />
              </TD>
              <TD className="text-right">
                <DispenseActions rx={rx} canDispense={canDispense} canCancel={canCancel} unit={unit} />
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
