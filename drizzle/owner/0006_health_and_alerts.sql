CREATE TABLE "db_server_health_samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"server" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reachable" boolean NOT NULL,
	"connections" integer,
	"max_connections" integer,
	"db_bytes" bigint,
	"clinics" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "health_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"tenant_id" uuid,
	"server" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tenant_health_samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reachable" boolean NOT NULL,
	"db_bytes" bigint,
	"connections" integer,
	"schema_version" bigint,
	"latest_schema_version" bigint NOT NULL,
	"last_good_backup_at" timestamp with time zone,
	"last_verified_at" timestamp with time zone,
	"storage_bytes" bigint,
	"storage_limit_bytes" bigint,
	"last_activity_at" timestamp with time zone,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenant_traffic_minutes" (
	"tenant_id" uuid NOT NULL,
	"minute" timestamp with time zone NOT NULL,
	"requests" integer DEFAULT 0 NOT NULL,
	"errors5xx" integer DEFAULT 0 NOT NULL,
	"latency_buckets" integer[] NOT NULL,
	CONSTRAINT "tenant_traffic_minutes_tenant_id_minute_pk" PRIMARY KEY("tenant_id","minute")
);
--> statement-breakpoint
ALTER TABLE "health_alerts" ADD CONSTRAINT "health_alerts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_health_samples" ADD CONSTRAINT "tenant_health_samples_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_traffic_minutes" ADD CONSTRAINT "tenant_traffic_minutes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "db_server_health_samples_server_time_idx" ON "db_server_health_samples" USING btree ("server","recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "health_alerts_open_key" ON "health_alerts" USING btree ("kind",coalesce("tenant_id"::text, ''),coalesce("server", '')) WHERE resolved_at is null;--> statement-breakpoint
CREATE INDEX "health_alerts_opened_at_idx" ON "health_alerts" USING btree ("opened_at");--> statement-breakpoint
CREATE INDEX "health_alerts_tenant_idx" ON "health_alerts" USING btree ("tenant_id","opened_at");--> statement-breakpoint
CREATE INDEX "tenant_health_samples_tenant_time_idx" ON "tenant_health_samples" USING btree ("tenant_id","recorded_at");--> statement-breakpoint
CREATE INDEX "tenant_traffic_minutes_minute_idx" ON "tenant_traffic_minutes" USING btree ("minute");