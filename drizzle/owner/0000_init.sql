CREATE TABLE "subscription_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"price_minor" integer NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"interval" text DEFAULT 'MONTH' NOT NULL,
	"limits" jsonb NOT NULL,
	"features" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscription_plans_code_check" CHECK ("subscription_plans"."code" ~ '^[a-z][a-z0-9_-]{1,39}$'),
	CONSTRAINT "subscription_plans_price_check" CHECK ("subscription_plans"."price_minor" >= 0),
	CONSTRAINT "subscription_plans_currency_check" CHECK ("subscription_plans"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "subscription_plans_interval_check" CHECK ("subscription_plans"."interval" in ('MONTH','YEAR'))
);
--> statement-breakpoint
CREATE TABLE "tenant_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"changed_by" uuid,
	CONSTRAINT "tenant_subscriptions_status_check" CHECK ("tenant_subscriptions"."status" in ('TRIALING','ACTIVE','PAST_DUE','CANCELLED'))
);
--> statement-breakpoint
CREATE TABLE "tenant_usage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"users" integer DEFAULT 0 NOT NULL,
	"practices" integer DEFAULT 0 NOT NULL,
	"patients" integer DEFAULT 0 NOT NULL,
	"storage_bytes" bigint DEFAULT 0 NOT NULL,
	"collected_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_usage_period_check" CHECK ("tenant_usage"."period_end" >= "tenant_usage"."period_start")
);
--> statement-breakpoint
CREATE TABLE "owner_audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"actor_email" text,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "system_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "tenant_domains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_domains_lowercase_check" CHECK ("tenant_domains"."domain" = lower("tenant_domains"."domain"))
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'PROVISIONING' NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"last_error" text,
	"db_host" text NOT NULL,
	"db_port" integer NOT NULL,
	"db_name" text NOT NULL,
	"db_role" text NOT NULL,
	"db_password_encrypted" text,
	"storage_path" text NOT NULL,
	"pending_admin" jsonb,
	"branding" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"activated_at" timestamp with time zone,
	"suspended_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "tenants_status_check" CHECK ("tenants"."status" in ('PROVISIONING','ACTIVE','SUSPENDED','FAILED','DELETED')),
	CONSTRAINT "tenants_slug_check" CHECK ("tenants"."slug" ~ '^[a-z][a-z0-9-]{1,39}$'),
	CONSTRAINT "tenants_db_port_check" CHECK ("tenants"."db_port" between 1 and 65535)
);
--> statement-breakpoint
CREATE TABLE "owner_login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "owner_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idle_expires_at" timestamp with time zone NOT NULL,
	"absolute_expires_at" timestamp with time zone NOT NULL,
	"ip_address" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "owner_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT 'OWNER' NOT NULL,
	"password_hash" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"last_login_at" timestamp with time zone,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "owner_users_email_lowercase_check" CHECK ("owner_users"."email" = lower("owner_users"."email")),
	CONSTRAINT "owner_users_role_check" CHECK ("owner_users"."role" in ('OWNER','SUPPORT'))
);
--> statement-breakpoint
ALTER TABLE "tenant_subscriptions" ADD CONSTRAINT "tenant_subscriptions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_subscriptions" ADD CONSTRAINT "tenant_subscriptions_plan_id_subscription_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."subscription_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_subscriptions" ADD CONSTRAINT "tenant_subscriptions_changed_by_owner_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."owner_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_usage" ADD CONSTRAINT "tenant_usage_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_audit_log" ADD CONSTRAINT "owner_audit_log_actor_id_owner_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."owner_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_settings" ADD CONSTRAINT "system_settings_updated_by_owner_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."owner_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_domains" ADD CONSTRAINT "tenant_domains_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_sessions" ADD CONSTRAINT "owner_sessions_owner_user_id_owner_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."owner_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "subscription_plans_code_key" ON "subscription_plans" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "tenant_subscriptions_current_key" ON "tenant_subscriptions" USING btree ("tenant_id") WHERE ended_at is null;--> statement-breakpoint
CREATE INDEX "tenant_subscriptions_tenant_idx" ON "tenant_subscriptions" USING btree ("tenant_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tenant_usage_period_key" ON "tenant_usage" USING btree ("tenant_id","period_start");--> statement-breakpoint
CREATE INDEX "owner_audit_log_created_idx" ON "owner_audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "owner_audit_log_target_idx" ON "owner_audit_log" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "owner_audit_log_actor_idx" ON "owner_audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tenant_domains_domain_key" ON "tenant_domains" USING btree ("domain");--> statement-breakpoint
CREATE UNIQUE INDEX "tenant_domains_one_primary_key" ON "tenant_domains" USING btree ("tenant_id") WHERE is_primary;--> statement-breakpoint
CREATE INDEX "tenant_domains_tenant_idx" ON "tenant_domains" USING btree ("tenant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tenants_slug_key" ON "tenants" USING btree ("slug") WHERE status <> 'DELETED';--> statement-breakpoint
CREATE UNIQUE INDEX "tenants_db_name_key" ON "tenants" USING btree ("db_host","db_port","db_name") WHERE status <> 'DELETED';--> statement-breakpoint
CREATE UNIQUE INDEX "tenants_single_default_key" ON "tenants" USING btree ("is_default") WHERE is_default;--> statement-breakpoint
CREATE INDEX "tenants_status_idx" ON "tenants" USING btree ("status");--> statement-breakpoint
CREATE INDEX "tenants_created_at_idx" ON "tenants" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "owner_sessions_user_idx" ON "owner_sessions" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "owner_sessions_expiry_idx" ON "owner_sessions" USING btree ("absolute_expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "owner_users_email_key" ON "owner_users" USING btree ("email");