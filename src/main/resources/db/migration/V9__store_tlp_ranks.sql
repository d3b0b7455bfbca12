-- TLP levels are stored as their rank (Tlp.rank(): CLEAR 0, GREEN 1, AMBER 2, AMBER+STRICT 3, RED 4), which the code
-- states explicitly, never as an enum's declaration order; the column names say so. The values do not change.
alter table stix_object rename column tlp to tlp_rank;
alter table taxii_collection rename column tlp_ceiling to tlp_ceiling_rank;
alter table api_key rename column tlp_ceiling to tlp_ceiling_rank;

-- Each published revision carries its level and recipients as columns, so that every reader applies the one
-- visibility rule to the same columns (and search can match published text only).
alter table advisory_revision add column tlp_rank smallint, add column recipients text[];
update advisory_revision set
    tlp_rank = case content ->> 'tlp' when 'CLEAR' then 0 when 'GREEN' then 1 when 'AMBER' then 2
        when 'AMBER+STRICT' then 3 when 'RED' then 4 end,
    recipients = array(select jsonb_array_elements_text(coalesce(content -> 'recipients', '[]'::jsonb)));
alter table advisory_revision alter column tlp_rank set not null, alter column recipients set not null;
alter table advisory_revision add column search tsvector generated always as (
    setweight(to_tsvector('simple', coalesce(content ->> 'title', '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(content ->> 'summary', '')), 'B') ||
    setweight(to_tsvector('simple', coalesce(content ->> 'body', '')), 'C')) stored;
create index advisory_revision_search_idx on advisory_revision using gin (search);
