-- Owned by intake: each STIX bundle an official started or amended an advisory from, with the provenance of every
-- indicator it gave (the source object's id, its creator and external references).
create table advisory_intake (
    id            uuid          primary key,
    advisory_id   uuid          not null references advisory (id) on delete cascade,
    bundle_id     varchar(300),
    report_id     varchar(300),
    creators      jsonb         not null,
    object_count  integer       not null,
    received_by   varchar(200)  not null,
    received_at   timestamptz   not null,
    items         jsonb         not null
);
create index advisory_intake_advisory_idx on advisory_intake (advisory_id, received_at);
