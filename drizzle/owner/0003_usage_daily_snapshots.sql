DROP INDEX "tenant_usage_period_key";--> statement-breakpoint
ALTER TABLE "tenant_usage" ADD COLUMN "granularity" text DEFAULT 'month' NOT NULL;--> statement-breakpoint
ALTER TABLE "tenant_usage" ADD COLUMN "database_bytes" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "tenant_usage_granularity_period_key" ON "tenant_usage" USING btree ("tenant_id","granularity","period_start");--> statement-breakpoint
ALTER TABLE "tenant_usage" ADD CONSTRAINT "tenant_usage_granularity_check" CHECK ("tenant_usage"."granularity" in ('day','month'));