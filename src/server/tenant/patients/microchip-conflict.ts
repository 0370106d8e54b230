import { conflict, pgConstraint, pgErrorCode, PG_UNIQUE_VIOLATION } from '@/server/shared/errors';

/** The tenant-wide unique microchip index as a 409 a form can show next to the field; anything else rethrown. */
export function rethrowMicrochipTaken(error: unknown): never {
  if (pgErrorCode(error) === PG_UNIQUE_VIOLATION && pgConstraint(error) === 'patients_microchip_key') {
    throw conflict('MICROCHIP_TAKEN', 'Another patient already has this microchip number.', {
      fields: { microchip: ['Another patient already has this microchip number.'] },
    });
  }
  throw error;
}
