-- Every app process caches host → tenant resolution; this tells all of them (LISTEN smartdmv_tenant_routing)
-- to drop that cache when a tenant's status, branding or domains change.
CREATE FUNCTION "notify_tenant_routing_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('smartdmv_tenant_routing', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "tenants_routing_change" AFTER INSERT OR UPDATE OR DELETE ON "tenants"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_tenant_routing_change"();--> statement-breakpoint
CREATE TRIGGER "tenant_domains_routing_change" AFTER INSERT OR UPDATE OR DELETE ON "tenant_domains"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_tenant_routing_change"();
