-- An amendment re-maps an advisory's personas with their accounts; finding them must not read all its indicators.
create index published_indicator_persona_idx on published_indicator (advisory_id) where kind = 'PERSONA';
