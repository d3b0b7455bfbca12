-- Where an indicator taken in from a STIX bundle or a partner's submission came from (the source object's id, its
-- creator and external references), in the working set and in each revision; null for typed indicators.
alter table indicator add column provenance jsonb;
alter table published_indicator add column provenance jsonb;

create or replace view working_indicator as
select advisory_id, indicator_key, kind, value, normalized, chain, chain_name, asset, hash_algorithm, file_name,
       platform, valid_from, valid_until, confidence, description, source_name, source_url, persona, provenance
from indicator;

create or replace view revision_indicator as
select r.id as revision_id, p.indicator_key, p.kind, p.value, p.normalized, p.chain, p.chain_name, p.asset,
       p.hash_algorithm, p.file_name, p.platform, p.valid_from, p.valid_until, p.confidence, p.description,
       p.source_name, p.source_url, p.persona, p.provenance
from advisory_revision r
join published_indicator p on p.advisory_id = r.advisory_id and p.first_revision <= r.number
    and (p.last_revision is null or p.last_revision >= r.number);
