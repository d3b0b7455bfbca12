-- Threat actors are one shared catalog: each actor is one intrusion-set with one stable STIX id that every advisory
-- references, instead of a copy per advisory. Advisory content keeps a snapshot of each actor it names, with the
-- catalog id ("id") that the STIX mapping follows.
create table threat_actor (
    id             uuid          primary key,
    name           varchar(200)  not null,
    aliases        jsonb         not null,
    mitre_id       varchar(5),
    attributed_to  varchar(200),
    description    text,
    stix_id        varchar(120)  not null unique,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(200)  not null,
    version        bigint        not null
);
create unique index threat_actor_name_idx on threat_actor (lower(name));
create unique index threat_actor_mitre_idx on threat_actor (mitre_id) where mitre_id is not null;

-- Existing advisories' actors become catalog entries: one per ATT&CK id, else per name (the newest wording wins).
insert into threat_actor (id, name, aliases, mitre_id, attributed_to, description, stix_id, created_at, updated_at,
        updated_by, version)
select gen_random_uuid(), t ->> 'name', coalesce(t -> 'aliases', '[]'::jsonb), t ->> 'mitreId', t ->> 'attributedTo',
    null, 'intrusion-set--' || gen_random_uuid(), now(), now(), 'migration', 0
from (
    select distinct on (coalesce(t ->> 'mitreId', lower(t ->> 'name'))) t
    from (select jsonb_array_elements(threat_actors) t, updated_at at from advisory
          union all select jsonb_array_elements(content -> 'threatActors'), published_at from advisory_revision) actors
    order by coalesce(t ->> 'mitreId', lower(t ->> 'name')), at desc
) latest
on conflict do nothing;

create function pg_temp.with_catalog_ids(actors jsonb) returns jsonb language sql as $$
    select coalesce(jsonb_agg(t || jsonb_build_object('id', (
        select c.id from threat_actor c
        where c.mitre_id = t ->> 'mitreId' or lower(c.name) = lower(t ->> 'name')
        order by (c.mitre_id = t ->> 'mitreId') desc nulls last limit 1))), '[]'::jsonb)
    from jsonb_array_elements(actors) t
$$;
update advisory set threat_actors = pg_temp.with_catalog_ids(threat_actors);
update advisory_revision set content = jsonb_set(content, '{threatActors}',
    pg_temp.with_catalog_ids(coalesce(content -> 'threatActors', '[]'::jsonb)));
