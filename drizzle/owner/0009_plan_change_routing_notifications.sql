-- A clinic's custom domains are served only while its plan includes `custom-domain` (resolve-tenant.ts), so every
-- app process must drop its host cache when a clinic changes plan or a plan's features change, as it does for
-- tenant and domain changes (0001). Only the columns that decide it fire the notice: the billing run's period
-- updates do not.
CREATE TRIGGER "tenant_subscriptions_routing_change"
  AFTER INSERT OR DELETE OR UPDATE OF "plan_id", "ended_at" ON "tenant_subscriptions"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_tenant_routing_change"();--> statement-breakpoint
CREATE TRIGGER "subscription_plans_routing_change"
  AFTER UPDATE OF "features" ON "subscription_plans"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_tenant_routing_change"();
