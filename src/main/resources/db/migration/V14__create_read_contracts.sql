-- Read contracts. Every table has one owning feature, and only that feature's repositories name it in SQL. Where
-- another feature must join an owner's rows in the same statement (published revisions streamed with their
-- advisory's state, a revision frozen from the working indicator set), it reads one of these views, which the owner
-- keeps stable while its tables change behind them.

-- Owned by advisory: an advisory's state and who co-authors it, without its working copy.
create view advisory_state as
select a.id, a.public_id, a.status, a.owner_org_id, a.published_revision, a.withdrawn_at,
       array(select c.organization_id from advisory_coauthor c where c.advisory_id = a.id) as coauthors
from advisory a;

-- Owned by indicator: the working indicator set of every advisory, as a revision freezes it.
create view working_indicator as
select advisory_id, indicator_key, kind, value, normalized, chain, chain_name, asset, hash_algorithm, file_name,
       platform, valid_from, valid_until, confidence, description, source_name, source_url
from indicator;
