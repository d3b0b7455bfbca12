-- Partners' pulls (TAXII reads, flat and MISP feeds). A pull must not queue behind the audit chain's row lock, so
-- pulls are appended here in batches without it, and a sealer periodically seals each new range of records into the
-- chain with an audit event that carries their digest: verifying the chain also proves that no sealed pull record was
-- changed, removed or added.
create table pull_log (
    id              bigint       generated always as identity primary key,
    at              timestamptz  not null,
    key_id          varchar(40)  not null,
    organization_id varchar(64)  not null,
    collection_id   uuid         not null,
    endpoint        varchar(40)  not null,
    objects         integer      not null,
    first_added     timestamptz,
    last_added      timestamptz,
    source          varchar(100)
);
create index pull_log_key_idx on pull_log (key_id, id);
create index pull_log_organization_idx on pull_log (organization_id, id);
create index pull_log_at_idx on pull_log (at, id);

create function pull_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'pull records are append-only';
end $$;
create trigger pull_log_no_update before update or delete on pull_log
    for each row execute function pull_log_is_append_only();

-- How far the pull log is sealed into the chain: records up to this id are covered by a seal event.
alter table audit_chain add column pulls_sealed_to bigint not null default 0;
