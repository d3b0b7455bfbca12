-- Collections that take objects from partners (TAXII POST), and where submitted objects live.
alter table taxii_collection add column accepts_writes boolean not null default false;
insert into taxii_collection (id, alias, title, description, tlp_ceiling, object_types, created_at, accepts_writes) values
    ('e7d2b4a6-1c3f-4a5e-8b7d-9f0a2c4e6b44', 'partner-submissions', 'Partner submissions',
     'Objects partners send to the hub (for example sightings). Each partner reads back only what it sent.',
     3, '{}', now(), true);

-- Objects a partner POSTed belong to that collection and that partner; hub content has neither.
alter table stix_object add column collection_id uuid;
alter table stix_object add column submitted_by varchar(64);
create index stix_object_submitted_idx on stix_object (collection_id, submitted_by) where collection_id is not null;

-- TAXII status resources of POST requests (TAXII 2.1 §4.3), kept at least 24 hours.
create table taxii_status (
    id                uuid         primary key,
    key_id            varchar(40)  not null,
    organization_id   varchar(64)  not null,
    collection_id     uuid         not null,
    request_timestamp timestamptz  not null,
    total_count       integer      not null,
    success_count     integer      not null,
    failure_count     integer      not null,
    successes         jsonb        not null,
    failures          jsonb        not null
);
