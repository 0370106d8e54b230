import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { badRequest, forbidden, notFound, pgErrorCode, validationError } from '@/server/shared/errors';
import { parseOrThrow } from '@/server/shared/validation';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { can } from '@/server/tenant/auth/permissions';
import {
  files,
  medicalRecords,
  patients,
  type FileCategory,
  type TenantRole,
} from '@/server/tenant/db/schema';
import { assertPlanFeature } from '@/server/tenant/plan-limits/assert-plan-feature';
import { assertWithinPlan } from '@/server/tenant/plan-limits/assert-within-plan';
import { detectFileType } from './detect-file-type';
import { toFileView, uploadFileFields, type FileView, type UploadFileFields } from './files.schema';
import type { StagedUpload } from './read-multipart-upload';
import { categoryDir } from './tenant-paths';

export type StoreUploadedFileOptions = {
  tenant: { id: string; slug: string };
  staged: StagedUpload;
  user: { id: string; role: TenantRole; practiceIds: string[] };
};

/**
 * Turns a received upload into a stored file: validates its fields and links, decides its type from its bytes,
 * moves it under a generated name into STORAGE_ROOT/tenants/<slug>/<category>/ and records it. Owns the staged
 * file: on any failure nothing is left on disk or in the database.
 */
export async function storeUploadedFile(
  db: TenantDb,
  { tenant, staged, user }: StoreUploadedFileOptions,
): Promise<FileView> {
  let finalPath: string | undefined;
  try {
    const fields = parseOrThrow(uploadFileFields, staged.fields);
    if (staged.sizeBytes === 0) throw badRequest('The file is empty.');
    const type = await detectFileType(staged.tempPath, staged.isUtf8Text);
    const links = await resolveLinks(db, fields, user);
    const category = fields.category ?? defaultCategory(type.contentType);
    if (category === 'medical-imaging') await assertPlanFeature(tenant.id, 'medical-imaging');
    // Generated from a uuid and the sniffed type only; the client's file name never becomes part of a path.
    const storedName = `${randomUUID()}.${type.extension}`;
    // turbopackIgnore: a runtime storage folder (STORAGE_ROOT), not a build asset; tracing it would pull the
    // whole project into the server bundle and warn on every build.
    const dir = await categoryDir(tenant.slug, category, { create: true });
    finalPath = path.join(/* turbopackIgnore: true */ dir, storedName);
    await fs.rename(/* turbopackIgnore: true */ staged.tempPath, /* turbopackIgnore: true */ finalPath);
    const row = await db.transaction(async (tx) => {
      // Checked with the file's real size, under the plan lock, in the transaction that records it.
      await assertWithinPlan(tx, tenant.id, 'storageBytes', staged.sizeBytes);
      const [inserted] = await tx
        .insert(files)
        .values({
          ...links,
          category,
          originalName: displayName(staged.originalName, type.extension),
          storedName,
          contentType: type.contentType,
          sizeBytes: staged.sizeBytes,
          sha256: staged.sha256,
          uploadedBy: user.id,
        })
        .returning()
        .catch((error: unknown) => {
          // files_signed_record_guard: the record was signed between our check and the insert.
          throw pgErrorCode(error) === PG_INSUFFICIENT_PRIVILEGE ? addendumForbidden() : error;
        });
      return inserted!;
    });
    return toFileView(row);
  } catch (error) {
    await fs.rm(staged.tempPath, { force: true });
    if (finalPath) await fs.rm(finalPath, { force: true });
    throw error;
  }
}

type Links = { practiceId: string | null; patientId: string | null; medicalRecordId: string | null };

/** Patient, record and practice must all be the caller's and agree with each other; the record implies its patient. */
async function resolveLinks(
  db: TenantDb,
  fields: UploadFileFields,
  user: StoreUploadedFileOptions['user'],
): Promise<Links> {
  const { practiceIds } = user;
  if (fields.practiceId && !practiceIds.includes(fields.practiceId)) throw notFound('Practice');
  let patientId = fields.patientId ?? null;
  let linkedPractice: string | null = null;
  const errors: Record<string, string[]> = {};

  if (fields.medicalRecordId) {
    const [record] = await db
      .select({
        patientId: medicalRecords.patientId,
        practiceId: medicalRecords.practiceId,
        status: medicalRecords.status,
      })
      .from(medicalRecords)
      .where(
        and(eq(medicalRecords.id, fields.medicalRecordId), inArray(medicalRecords.practiceId, practiceIds)),
      );
    if (!record) throw notFound('Medical record');
    // After signing, a new file is an addendum (recorded in the record's history by the database): amenders only.
    if (record.status === 'SIGNED' && !can(user.role, 'records:amend')) throw addendumForbidden();
    if (patientId && patientId !== record.patientId)
      errors.medicalRecordId = ['This record belongs to another patient.'];
    patientId = record.patientId;
    linkedPractice = record.practiceId;
  }
  if (patientId) {
    const [patient] = await db
      .select({ practiceId: patients.practiceId })
      .from(patients)
      .where(and(eq(patients.id, patientId), inArray(patients.practiceId, practiceIds)));
    if (!patient) throw notFound('Patient');
    linkedPractice = patient.practiceId;
  }
  if (fields.practiceId && linkedPractice && fields.practiceId !== linkedPractice) {
    errors.practiceId = ["The patient belongs to another practice; leave this out to use the patient's."];
  }
  if (Object.keys(errors).length > 0) throw validationError({ fields: errors });
  return {
    practiceId: fields.practiceId ?? linkedPractice,
    patientId,
    medicalRecordId: fields.medicalRecordId ?? null,
  };
}

function defaultCategory(contentType: string): FileCategory {
  if (contentType === 'application/dicom') return 'medical-imaging';
  if (contentType === 'application/pdf' || contentType.startsWith('text/plain')) return 'documents';
  return 'uploads';
}

/** The name shown to users: no folders, no control characters, bounded; falls back to "file.<ext>". */
function displayName(raw: string, extension: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const clean = base
    // Browsers (per the HTML multipart rules) send a double quote in a file name as %22; undo that one escape.
    .replace(/%22/g, '"')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .slice(0, 255);
  return clean || `file.${extension}`;
}

const PG_INSUFFICIENT_PRIVILEGE = '42501';

const addendumForbidden = () =>
  forbidden('This record is signed: only a veterinarian can add a file to it, as an addendum.');
