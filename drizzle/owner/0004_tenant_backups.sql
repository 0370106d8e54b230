CREATE TABLE "tenant_backups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"folder" text NOT NULL,
	"database_bytes" bigint,
	"files_bytes" bigint,
	"size_bytes" bigint,
	"schema_version" bigint,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"verification" jsonb,
	"keep_until" timestamp with time zone,
	CONSTRAINT "tenant_backups_kind_check" CHECK ("tenant_backups"."kind" in ('scheduled','manual','pre-delete','pre-restore')),
	CONSTRAINT "tenant_backups_status_check" CHECK ("tenant_backups"."status" in ('running','complete','failed'))
);
--> statement-breakpoint
CREATE TABLE "tenant_restores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"backup_id" uuid,
	"mode" text NOT NULL,
	"target_tenant_id" uuid,
	"status" text DEFAULT 'running' NOT NULL,
	"step" text,
	"error" text,
	"replaced_database" text,
	"replaced_files_path" text,
	"purge_after" timestamp with time zone,
	"purged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "tenant_restores_mode_check" CHECK ("tenant_restores"."mode" in ('in-place','new-tenant')),
	CONSTRAINT "tenant_restores_status_check" CHECK ("tenant_restores"."status" in ('running','complete','failed'))
);
--> statement-breakpoint
ALTER TABLE "tenant_backups" ADD CONSTRAINT "tenant_backups_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_restores" ADD CONSTRAINT "tenant_restores_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_restores" ADD CONSTRAINT "tenant_restores_backup_id_tenant_backups_id_fk" FOREIGN KEY ("backup_id") REFERENCES "public"."tenant_backups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_restores" ADD CONSTRAINT "tenant_restores_target_tenant_id_tenants_id_fk" FOREIGN KEY ("target_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tenant_backups_tenant_idx" ON "tenant_backups" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "tenant_restores_tenant_idx" ON "tenant_restores" USING btree ("tenant_id","created_at");