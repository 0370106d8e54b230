CREATE TABLE "database_servers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"host" text NOT NULL,
	"port" integer NOT NULL,
	"admin_user" text NOT NULL,
	"admin_password_encrypted" text NOT NULL,
	"pooler_host" text,
	"pooler_port" integer,
	"capacity" integer NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "database_servers_status_check" CHECK ("database_servers"."status" in ('ACTIVE','DRAINING','OFFLINE')),
	CONSTRAINT "database_servers_port_check" CHECK ("database_servers"."port" between 1 and 65535),
	CONSTRAINT "database_servers_pooler_port_check" CHECK ("database_servers"."pooler_port" is null or "database_servers"."pooler_port" between 1 and 65535),
	CONSTRAINT "database_servers_capacity_check" CHECK ("database_servers"."capacity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "tenant_moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"from_server_id" uuid NOT NULL,
	"to_server_id" uuid NOT NULL,
	"status" text DEFAULT 'QUEUED' NOT NULL,
	"step" text,
	"job_id" text,
	"error" text,
	"unavailable_ms" integer,
	"rows_copied" integer,
	"retained_database" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_moves_status_check" CHECK ("tenant_moves"."status" in ('QUEUED','RUNNING','SUCCEEDED','FAILED','FINALIZED'))
);
--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "server_id" uuid;--> statement-breakpoint
ALTER TABLE "tenant_moves" ADD CONSTRAINT "tenant_moves_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_moves" ADD CONSTRAINT "tenant_moves_from_server_id_database_servers_id_fk" FOREIGN KEY ("from_server_id") REFERENCES "public"."database_servers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_moves" ADD CONSTRAINT "tenant_moves_to_server_id_database_servers_id_fk" FOREIGN KEY ("to_server_id") REFERENCES "public"."database_servers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "database_servers_name_key" ON "database_servers" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "database_servers_address_key" ON "database_servers" USING btree ("host","port");--> statement-breakpoint
CREATE INDEX "tenant_moves_tenant_idx" ON "tenant_moves" USING btree ("tenant_id","created_at");--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_server_id_database_servers_id_fk" FOREIGN KEY ("server_id") REFERENCES "public"."database_servers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tenants_server_idx" ON "tenants" USING btree ("server_id");--> statement-breakpoint
-- A server's pooler address is part of how every app process reaches its clinics: tell them (see 0001).
CREATE TRIGGER "database_servers_routing_change" AFTER INSERT OR UPDATE OR DELETE ON "database_servers"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_tenant_routing_change"();
