ALTER TABLE "tenants" ADD COLUMN "maintenance_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "maintenance_reason" text;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "maintenance_message" text;