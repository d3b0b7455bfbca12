-- Organizations: authoring agencies, working groups and partners.
create table organization (
    id          varchar(64)  primary key,
    name        varchar(300) not null,
    country     varchar(2),
    kind        varchar(32)  not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);

-- Local accounts of officials (the embedded default; OIDC identities are not stored here).
create table official (
    id              uuid         primary key,
    username        varchar(100) not null unique,
    display_name    varchar(200) not null,
    password_hash   varchar(100) not null,
    roles           text[]       not null,
    organization_id varchar(64)  not null references organization (id),
    enabled         boolean      not null,
    created_at      timestamptz  not null
);

-- Next number per year for public advisory identifiers (HUB-2026-0001).
create table advisory_number (
    year        integer primary key,
    last_number integer not null
);

create table advisory (
    id                 uuid          primary key,
    public_id          varchar(40)   not null unique,
    status             varchar(16)   not null,
    tlp                varchar(16)   not null,
    title              varchar(500)  not null,
    summary            text          not null,
    body               text          not null,
    threat_actors      jsonb         not null,
    techniques         jsonb         not null,
    refs               jsonb         not null,
    translations       jsonb         not null,
    recipients         jsonb         not null,
    owner_org_id       varchar(64)   not null references organization (id),
    created_by         varchar(100)  not null,
    created_at         timestamptz   not null,
    updated_by         varchar(100)  not null,
    updated_at         timestamptz   not null,
    published_revision integer       not null,
    withdrawn_at       timestamptz,
    withdrawn_by       varchar(100),
    withdrawal_reason  text,
    source_file        varchar(500),
    version            bigint        not null,
    search             tsvector generated always as (
        setweight(to_tsvector('simple', coalesce(public_id, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(summary, '')), 'B') ||
        setweight(to_tsvector('simple', coalesce(body, '')), 'C')) stored
);
create index advisory_search_idx on advisory using gin (search);
create index advisory_created_idx on advisory (created_at desc, id desc);
create index advisory_status_idx on advisory (status);

create table advisory_coauthor (
    advisory_id     uuid        not null references advisory (id) on delete cascade,
    organization_id varchar(64) not null references organization (id),
    primary key (advisory_id, organization_id)
);

-- The working indicator set of an advisory (what the next revision will publish).
create table indicator (
    id              uuid          primary key,
    advisory_id     uuid          not null references advisory (id) on delete cascade,
    indicator_key   uuid          not null,
    kind            varchar(24)   not null,
    value           varchar(2100) not null,
    normalized      varchar(2100) not null,
    chain           varchar(32),
    chain_name      varchar(64),
    asset           varchar(32),
    hash_algorithm  varchar(16),
    file_name       varchar(500),
    platform        varchar(64),
    valid_from      timestamptz   not null,
    valid_until     timestamptz,
    confidence      integer,
    description     text,
    source_name     varchar(500),
    source_url      varchar(2000),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    constraint indicator_unique_per_advisory unique (advisory_id, indicator_key)
);
create index indicator_normalized_idx on indicator (normalized);
create index indicator_advisory_idx on indicator (advisory_id, kind, normalized);

-- Immutable published snapshots.
create table advisory_revision (
    id              uuid         primary key,
    advisory_id     uuid         not null references advisory (id) on delete cascade,
    number          integer      not null,
    content         jsonb        not null,
    change_note     text         not null,
    published_by    varchar(100) not null,
    published_org   varchar(64)  not null,
    published_at    timestamptz  not null,
    indicator_count integer      not null,
    constraint revision_unique_number unique (advisory_id, number)
);

create table revision_indicator (
    revision_id     uuid          not null references advisory_revision (id) on delete cascade,
    indicator_key   uuid          not null,
    kind            varchar(24)   not null,
    value           varchar(2100) not null,
    normalized      varchar(2100) not null,
    chain           varchar(32),
    chain_name      varchar(64),
    asset           varchar(32),
    hash_algorithm  varchar(16),
    file_name       varchar(500),
    platform        varchar(64),
    valid_from      timestamptz   not null,
    valid_until     timestamptz,
    confidence      integer,
    description     text,
    source_name     varchar(500),
    source_url      varchar(2000),
    primary key (revision_id, indicator_key)
);
create index revision_indicator_normalized_idx on revision_indicator (normalized);

-- What the advisories-as-code importer last applied from each file.
create table advisory_import (
    public_id        varchar(40)  primary key,
    file_path        varchar(500) not null,
    content_hash     varchar(64)  not null,
    applied_state    jsonb        not null,
    imported_at      timestamptz  not null
);
