-- Which indicator a partner's sighting points at, kept as a column so that readers never cast stored bodies
-- (a body PostgreSQL's jsonb refuses must not fail a whole query).
alter table stix_object add column sighting_of_ref varchar(120);

create function pg_temp.try_jsonb(t text) returns jsonb language plpgsql as $$
begin
    return t::jsonb;
exception when others then
    return null;
end $$;
update stix_object set sighting_of_ref = pg_temp.try_jsonb(body) ->> 'sighting_of_ref'
    where type = 'sighting' and collection_id is not null;
create index stix_object_sighting_idx on stix_object (sighting_of_ref) where sighting_of_ref is not null;

-- Sightings that co-authoring officials hid from their views (the partner still reads its own).
create table sighting_hidden (
    stix_id         varchar(120) primary key,
    hidden_by       varchar(200) not null,
    organization_id varchar(64),
    hidden_at       timestamptz  not null,
    reason          varchar(500)
);
