-- Revisions share the indicator rows they have in common, so that publishing an amendment writes only what changed.
-- A published_indicator row is one version of an indicator, in every revision from first_revision through
-- last_revision (null: through the latest one). An amendment closes the rows of the indicators it removes or changes
-- and adds rows for the ones it adds or changes; every other row stays as it is.
create table published_indicator (
    advisory_id     uuid          not null references advisory (id) on delete cascade,
    indicator_key   uuid          not null,
    first_revision  integer       not null,
    last_revision   integer,
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
    primary key (advisory_id, indicator_key, first_revision),
    constraint published_indicator_span check (last_revision is null or last_revision >= first_revision)
);
-- One open row per indicator: the latest revision's.
create unique index published_indicator_open_idx on published_indicator (advisory_id, indicator_key)
    where last_revision is null;
create index published_indicator_added_idx on published_indicator (advisory_id, first_revision);
create index published_indicator_closed_idx on published_indicator (advisory_id, last_revision)
    where last_revision is not null;
create index published_indicator_normalized_idx on published_indicator (normalized);
create index published_indicator_valid_until_idx on published_indicator (valid_until);

-- Each stored row becomes a row of its own revision; the latest revision's rows stay open for the next amendment.
insert into published_indicator
select r.advisory_id, ri.indicator_key, r.number,
       case when r.number = a.published_revision then null else r.number end,
       ri.kind, ri.value, ri.normalized, ri.chain, ri.chain_name, ri.asset, ri.hash_algorithm, ri.file_name,
       ri.platform, ri.valid_from, ri.valid_until, ri.confidence, ri.description, ri.source_name, ri.source_url
from revision_indicator ri
join advisory_revision r on r.id = ri.revision_id
join advisory a on a.id = r.advisory_id;

drop table revision_indicator;

-- Every revision's indicators, as the snapshot table had them: readers keep asking for revision_id.
create view revision_indicator as
select r.id as revision_id, p.indicator_key, p.kind, p.value, p.normalized, p.chain, p.chain_name, p.asset,
       p.hash_algorithm, p.file_name, p.platform, p.valid_from, p.valid_until, p.confidence, p.description,
       p.source_name, p.source_url
from advisory_revision r
join published_indicator p on p.advisory_id = r.advisory_id and p.first_revision <= r.number
    and (p.last_revision is null or p.last_revision >= r.number);

-- The working indicators changed since the advisory was last published (added, edited or removed), kept by triggers
-- on every path that writes the working set, so that a publication looks at those keys only.
create table indicator_change (
    advisory_id   uuid not null references advisory (id) on delete cascade,
    indicator_key uuid not null,
    primary key (advisory_id, indicator_key)
);

create function indicator_changes_record() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into indicator_change (advisory_id, indicator_key)
        select distinct advisory_id, indicator_key from changed_new on conflict do nothing;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        -- Rows deleted with their advisory leave nothing behind.
        insert into indicator_change (advisory_id, indicator_key)
        select distinct o.advisory_id, o.indicator_key from changed_old o
        where exists (select 1 from advisory a where a.id = o.advisory_id) on conflict do nothing;
    end if;
    return null;
end $$;
create trigger indicator_added after insert on indicator referencing new table as changed_new
    for each statement execute function indicator_changes_record();
create trigger indicator_edited after update on indicator referencing old table as changed_old new table as changed_new
    for each statement execute function indicator_changes_record();
create trigger indicator_removed after delete on indicator referencing old table as changed_old
    for each statement execute function indicator_changes_record();

-- Owned by indicator (a read contract): the working indicators changed since the last publication.
create view changed_indicator as
select advisory_id, indicator_key from indicator_change;

-- What differs between each working set and its latest revision now is changed.
insert into indicator_change (advisory_id, indicator_key)
select advisory_id, indicator_key from indicator
union
select advisory_id, indicator_key from published_indicator where last_revision is null;

-- A report lists every object of its advisory, so a large advisory's report is megabytes, written on every amendment
-- and read back by the next one. Compressing it costs more than it saves; small bodies are never compressed anyway.
alter table stix_object alter column body set storage external;
