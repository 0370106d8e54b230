import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { paginate } from '@/server/shared/http/pagination';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { can } from '@/server/tenant/auth/permissions';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { decodeTimeCursor } from '@/server/shared/http/keyset';
import {
  appointments,
  files,
  medicalRecords,
  patientWeights,
  prescriptions,
  users,
} from '@/server/tenant/db/schema';
import { findPatientInScope } from './find-patient-in-scope';
import type { TimelineEntry, TimelineQuery } from './timeline.schema';

export type GetPatientTimelineOptions = { user: TenantSessionUser; patientId: string; query: TimelineQuery };

/** Millisecond ISO text in UTC; NULL stays NULL. */
const iso = (column: AnyPgColumn) =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const person = (id: AnyPgColumn, name: AnyPgColumn) =>
  sql`case when ${id} is null then null else jsonb_build_object('id', ${id}, 'name', ${name}) end`;

/**
 * A patient's history in one list, newest first: appointments, medical records, prescriptions, weighings and
 * files, merged by PostgreSQL (UNION ALL + keyset) so pages stay exact however the kinds interleave. Every branch
 * is limited to the caller's practices; what a role may not read is left out in SQL, not filtered afterwards.
 */
export async function getPatientTimeline(
  db: TenantDb,
  { user, patientId, query }: GetPatientTimelineOptions,
) {
  await findPatientInScope(db, user, patientId);
  const cursor = decodeTimeCursor(query.cursor);
  const branches: SQL[] = [
    sql`select 'appointment' as kind, ${appointments.id} as id, ${appointments.startsAt} as at,
          jsonb_build_object('endsAt', ${iso(appointments.endsAt)}, 'status', ${appointments.status}, 'type', ${appointments.type},
            'reason', ${appointments.reason}, 'veterinarian', ${person(users.id, users.name)}) as details
        from ${appointments} left join ${users} on ${users.id} = ${appointments.veterinarianId}
        where ${and(eq(appointments.patientId, patientId), inUserPractices(appointments.practiceId, user))}`,
    sql`select 'medical_record', ${medicalRecords.id}, ${medicalRecords.visitAt},
          jsonb_build_object('status', ${medicalRecords.status}, 'author', ${person(users.id, users.name)},
            'signedAt', ${iso(medicalRecords.signedAt)}, 'appointmentId', ${medicalRecords.appointmentId})
          ${
            // Receptionists see that a visit was recorded, not what it says.
            can(user.role, 'records:read')
              ? sql`|| jsonb_build_object('assessment', ${medicalRecords.assessment}, 'diagnoses', ${medicalRecords.diagnoses})`
              : sql``
          }
        from ${medicalRecords} left join ${users} on ${users.id} = ${medicalRecords.authorId}
        where ${and(eq(medicalRecords.patientId, patientId), inUserPractices(medicalRecords.practiceId, user))}`,
    sql`select 'weight', ${patientWeights.id}, ${patientWeights.measuredAt},
          jsonb_build_object('weightKg', ${patientWeights.weightKg}, 'note', ${patientWeights.note})
        from ${patientWeights} where ${eq(patientWeights.patientId, patientId)}`,
    sql`select 'file', ${files.id}, ${files.createdAt},
          jsonb_build_object('originalName', ${files.originalName}, 'category', ${files.category}, 'contentType', ${files.contentType},
            'sizeBytes', ${files.sizeBytes}, 'medicalRecordId', ${files.medicalRecordId})
        from ${files}
        where ${and(
          eq(files.patientId, patientId),
          or(isNull(files.practiceId), inUserPractices(files.practiceId, user)),
          // Files of a medical record follow the record's clinical permission (receptionists: not listed).
          can(user.role, 'records:read') ? undefined : isNull(files.medicalRecordId),
        )}`,
  ];
  if (can(user.role, 'prescriptions:read')) {
    branches.push(
      sql`select 'prescription', ${prescriptions.id}, ${prescriptions.createdAt},
            jsonb_build_object('drugName', ${prescriptions.drugName}, 'strength', ${prescriptions.strength}, 'dose', ${prescriptions.dose},
              'route', ${prescriptions.route}, 'frequency', ${prescriptions.frequency}, 'quantity', ${prescriptions.quantity},
              'status', ${prescriptions.status}, 'prescriber', ${person(users.id, users.name)})
          from ${prescriptions} left join ${users} on ${users.id} = ${prescriptions.prescriberId}
          where ${and(eq(prescriptions.patientId, patientId), inUserPractices(prescriptions.practiceId, user))}`,
    );
  }

  const after = cursor ? sql`where (t.at, t.id) < (${cursor.k}::timestamptz, ${cursor.id}::uuid)` : sql``;
  const { rows } = await db.execute<{
    kind: TimelineEntry['kind'];
    id: string;
    at_iso: string;
    key: string;
    details: Record<string, unknown>;
  }>(sql`
    select t.kind, t.id,
      to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at_iso,
      to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as key,
      t.details
    from (${sql.join(branches, sql` union all `)}) as t
    ${after}
    order by t.at desc, t.id desc
    limit ${query.limit + 1}`);
  const { data: pageRows, nextCursor } = paginate(rows, query.limit, (row) => row.key);
  const data = pageRows.map(
    (row) => ({ kind: row.kind, id: row.id, at: row.at_iso, details: row.details }) as TimelineEntry,
  );
  return { data, nextCursor };
}
