import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_member_team" drop constraint if exists "portal_member_team_member_id_team_id_unique";`
    )
    this.addSql(
      `alter table if exists "portal_team" drop constraint if exists "portal_team_handle_unique";`
    )
    this.addSql(
      `alter table if exists "portal_invitation" drop constraint if exists "portal_invitation_token_hash_unique";`
    )
    this.addSql(
      `alter table if exists "portal_member" drop constraint if exists "portal_member_company_id_customer_id_unique";`
    )
    this.addSql(
      `alter table if exists "portal_company" drop constraint if exists "portal_company_name_unique";`
    )
    this.addSql(
      `create table if not exists "portal_access_event" ("id" text not null, "type" text check ("type" in ('company_created', 'company_updated', 'company_deleted', 'portal_allowed', 'portal_withdrawn', 'member_added', 'member_disabled', 'member_enabled', 'member_removed', 'team_granted', 'team_revoked', 'team_created', 'team_updated', 'team_deleted')) not null, "actor_type" text check ("actor_type" in ('staff', 'customer', 'system')) not null, "actor_id" text null, "company_id" text null, "member_id" text null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_access_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_access_event_deleted_at" ON "portal_access_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_access_event_company_id_created_at" ON "portal_access_event" ("company_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_access_event_member_id" ON "portal_access_event" ("member_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "portal_company" ("id" text not null, "name" text not null, "allow_portal" boolean not null default true, "is_customer" boolean not null default true, "is_supplier" boolean not null default false, "discount_percent" real null, "customer_group_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_company_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_company_deleted_at" ON "portal_company" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_company_name_unique" ON "portal_company" ("name") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "portal_member" ("id" text not null, "customer_id" text not null, "status" text check ("status" in ('active', 'disabled')) not null default 'active', "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_member_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_member_company_id" ON "portal_member" ("company_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_member_deleted_at" ON "portal_member" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_member_company_id_customer_id_unique" ON "portal_member" ("company_id", "customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_member_customer_id" ON "portal_member" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "portal_invitation" ("id" text not null, "email" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, "invited_by" text null, "member_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_invitation_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_invitation_member_id" ON "portal_invitation" ("member_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_invitation_deleted_at" ON "portal_invitation" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_invitation_token_hash_unique" ON "portal_invitation" ("token_hash") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "portal_team" ("id" text not null, "name" text not null, "handle" text not null, "permissions" jsonb not null default '[]', "is_default" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_team_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_team_deleted_at" ON "portal_team" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_team_handle_unique" ON "portal_team" ("handle") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "portal_member_team" ("id" text not null, "member_id" text not null, "team_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_member_team_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_member_team_member_id" ON "portal_member_team" ("member_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_member_team_team_id" ON "portal_member_team" ("team_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_portal_member_team_deleted_at" ON "portal_member_team" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_member_team_member_id_team_id_unique" ON "portal_member_team" ("member_id", "team_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "portal_member" add constraint "portal_member_company_id_foreign" foreign key ("company_id") references "portal_company" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "portal_invitation" add constraint "portal_invitation_member_id_foreign" foreign key ("member_id") references "portal_member" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "portal_member_team" add constraint "portal_member_team_member_id_foreign" foreign key ("member_id") references "portal_member" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "portal_member_team" add constraint "portal_member_team_team_id_foreign" foreign key ("team_id") references "portal_team" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "portal_member" drop constraint if exists "portal_member_company_id_foreign";`
    )

    this.addSql(
      `alter table if exists "portal_invitation" drop constraint if exists "portal_invitation_member_id_foreign";`
    )

    this.addSql(
      `alter table if exists "portal_member_team" drop constraint if exists "portal_member_team_member_id_foreign";`
    )

    this.addSql(
      `alter table if exists "portal_member_team" drop constraint if exists "portal_member_team_team_id_foreign";`
    )

    this.addSql(`drop table if exists "portal_access_event" cascade;`)

    this.addSql(`drop table if exists "portal_company" cascade;`)

    this.addSql(`drop table if exists "portal_member" cascade;`)

    this.addSql(`drop table if exists "portal_invitation" cascade;`)

    this.addSql(`drop table if exists "portal_team" cascade;`)

    this.addSql(`drop table if exists "portal_member_team" cascade;`)
  }
}
