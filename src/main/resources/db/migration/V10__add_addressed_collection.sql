-- An addressed collection carries exactly the advisories that name the reading organization as a recipient
-- (TLP:RED and AMBER+STRICT are never published without recipients), at any level, and every key reads it
-- without a grant: named recipients receive what is addressed to them out of the box, and nothing else.
alter table taxii_collection add column addressed_only boolean not null default false;
insert into taxii_collection (id, alias, title, description, tlp_ceiling_rank, object_types, created_at, accepts_writes,
        addressed_only) values
    ('a4d1c7e9-3b5f-4e2a-9c8d-6f1b3e5a7c55', 'addressed-to-you', 'Addressed to your organization',
     'Advisories that name your organization as a recipient (TLP:RED and TLP:AMBER+STRICT), and only those.',
     4, '{}', now(), false, true);
