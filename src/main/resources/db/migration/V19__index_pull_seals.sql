-- Verifying from a checkpoint looks up the last pull-log seal before it and the seals after it; without this index
-- both would read the whole trail.
create index audit_event_seal_idx on audit_event (id) where action = 'pull-log.sealed';
