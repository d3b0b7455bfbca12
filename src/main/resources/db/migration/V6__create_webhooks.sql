-- Keys that may register webhook subscriptions.
alter table api_key add column can_subscribe boolean not null default false;

-- A partner's webhook: where to POST, which collections' advisories and which events, and the shared secret
-- that signs each delivery (kept because the hub must compute the signature; never shown again).
create table webhook_subscription (
    id              uuid          primary key,
    organization_id varchar(64)   not null references organization (id),
    key_id          varchar(40)   not null references api_key (key_id),
    url             varchar(2000) not null,
    secret          varchar(200)  not null,
    collections     uuid[]        not null,
    events          text[]        not null,
    created_at      timestamptz   not null
);
create index webhook_subscription_org_idx on webhook_subscription (organization_id);

-- The outbox: one row per event and subscription, written in the transaction that published the advisory.
-- status: pending (due at next_attempt_at, which doubles as the lease of an attempt in flight), delivered, failed
-- (dead letter after the last attempt).
create table webhook_delivery (
    id               uuid          primary key,
    subscription_id  uuid          not null references webhook_subscription (id) on delete cascade,
    event_id         uuid          not null,
    event_type       varchar(40)   not null,
    advisory_id      varchar(40),
    payload          text          not null,
    status           varchar(16)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamptz   not null,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       varchar(500),
    created_at       timestamptz   not null,
    delivered_at     timestamptz,
    replay_of        uuid
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'pending';
create index webhook_delivery_subscription_idx on webhook_delivery (subscription_id, created_at desc, id desc);
