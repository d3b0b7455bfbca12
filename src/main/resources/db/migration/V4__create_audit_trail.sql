-- The audit trail: append-only and hash-chained. Each event's hash covers its fields and the hash of the event
-- before it, so changing, removing or reordering any event breaks every link after it.
create table audit_event (
    id              bigint       primary key,
    at              timestamptz  not null,
    actor           varchar(100) not null,
    actor_kind      varchar(16)  not null,
    organization_id varchar(64),
    action          varchar(64)  not null,
    target_type     varchar(32),
    target_id       varchar(120),
    advisory_id     varchar(40),
    partner_id      varchar(64),
    details         text         not null,
    source          varchar(100),
    previous_hash   varchar(64)  not null,
    hash            varchar(64)  not null
);
create index audit_event_actor_idx on audit_event (actor, id);
create index audit_event_advisory_idx on audit_event (advisory_id, id);
create index audit_event_partner_idx on audit_event (partner_id, id);
create index audit_event_at_idx on audit_event (at, id);

-- The head of the chain; appending takes its row lock, so events are numbered and chained in commit order.
create table audit_chain (
    id        integer     primary key,
    last_id   bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain (id, last_id, last_hash) values (1, 0, repeat('0', 64));

-- Refuse in-place changes; only someone able to switch triggers off can still try, and the chain shows it.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit events are append-only';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
