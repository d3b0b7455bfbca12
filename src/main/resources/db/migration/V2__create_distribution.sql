-- Every STIX object version the hub has published, pre-serialized, in the order it was added.
-- date_added is unique and strictly increasing across the whole table (assigned under the taxii_clock row
-- lock), so it is a safe keyset for TAXII paging in every collection, which are views over this table.
create table stix_object (
    date_added   timestamptz  primary key,
    stix_id      varchar(120) not null,
    type         varchar(64)  not null,
    version      timestamptz  not null,
    advisory_id  uuid,
    tlp          smallint     not null,
    recipients   text[]       not null,
    revoked      boolean      not null,
    first        boolean      not null,
    latest       boolean      not null,
    body         text         not null,
    constraint stix_object_version unique (stix_id, version)
);
create index stix_object_latest_idx on stix_object (stix_id) where latest;
create index stix_object_advisory_idx on stix_object (advisory_id);

create table taxii_clock (
    id   integer     primary key,
    last timestamptz not null
);
insert into taxii_clock (id, last) values (1, '1970-01-01T00:00:00Z');

-- Collections are audiences: what types, up to which TLP.
create table taxii_collection (
    id            uuid         primary key,
    alias         varchar(64)  not null unique,
    title         varchar(200) not null,
    description   text,
    tlp_ceiling   smallint     not null,
    object_types  text[]       not null,
    created_at    timestamptz  not null
);
insert into taxii_collection (id, alias, title, description, tlp_ceiling, object_types, created_at) values
    ('4e0c3c8e-2f6a-4d0b-9d3e-5b8a1f0c7a11', 'public', 'Public advisories',
     'Everything published at TLP:CLEAR.', 0, '{}', now()),
    ('8b7f1c2d-6a3e-4f59-8c1b-2d4e6f8a0b22', 'vasp-indicators', 'Indicators for virtual asset service providers',
     'Indicators (with the identities and markings they reference) up to TLP:GREEN.', 1, '{indicator}', now()),
    ('c3a9e5f1-7b2d-4e8c-a6f0-9d1b3c5e7f33', 'partner-governments', 'Partner governments',
     'Everything up to TLP:AMBER+STRICT.', 3, '{}', now());

-- API keys of partner organizations. Only a SHA-256 hash of the secret is kept.
create table api_key (
    id              uuid         primary key,
    key_id          varchar(40)  not null unique,
    organization_id varchar(64)  not null references organization (id),
    name            varchar(200) not null,
    secret_hash     varchar(64)  not null,
    collections     uuid[]       not null,
    tlp_ceiling     smallint     not null,
    can_write       boolean      not null,
    expires_at      timestamptz,
    revoked_at      timestamptz,
    last_used_at    timestamptz,
    created_at      timestamptz  not null,
    rotated_at      timestamptz
);
create index api_key_org_idx on api_key (organization_id);
