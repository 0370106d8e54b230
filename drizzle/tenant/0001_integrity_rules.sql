-- Rules the database itself enforces, so no code path (or future bug) can break them.

-- One veterinarian cannot be in two overlapping appointments, unless a booking is explicitly double-booked.
-- An exclusion constraint makes this hold under concurrent bookings too.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_vet_no_overlap"
  EXCLUDE USING gist ("veterinarian_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE (NOT "double_booked" AND "status" NOT IN ('CANCELLED', 'NO_SHOW'));--> statement-breakpoint

-- A signed medical record is never overwritten or deleted: only its version counter may move (amendments).
CREATE FUNCTION "medical_records_lock_signed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'medical records are never deleted' USING ERRCODE = 'SD409';
  END IF;
  IF OLD."status" = 'SIGNED'
     AND (to_jsonb(NEW) - 'version' - 'updated_at') IS DISTINCT FROM (to_jsonb(OLD) - 'version' - 'updated_at') THEN
    RAISE EXCEPTION 'medical record % is signed and locked; add an amendment instead', OLD."id" USING ERRCODE = 'SD409';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "medical_records_lock_signed" BEFORE UPDATE OR DELETE ON "medical_records"
  FOR EACH ROW EXECUTE FUNCTION "medical_records_lock_signed"();--> statement-breakpoint

-- Amendments, record history and the stock ledger are append-only.
CREATE FUNCTION "refuse_change_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'SD409';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "medical_record_amendments_append_only" BEFORE UPDATE OR DELETE ON "medical_record_amendments"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_append_only"();--> statement-breakpoint
CREATE TRIGGER "medical_record_history_append_only" BEFORE UPDATE OR DELETE ON "medical_record_history"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_append_only"();--> statement-breakpoint
CREATE TRIGGER "inventory_movements_append_only" BEFORE UPDATE OR DELETE ON "inventory_movements"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_append_only"();
