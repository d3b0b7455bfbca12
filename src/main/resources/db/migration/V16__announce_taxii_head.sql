-- Every instance keeps the newest date_added in memory, so that a poll at the head of a feed (the common case) is
-- answered without a query. The clock row moves only when object versions are appended; the move is announced, and
-- PostgreSQL delivers the announcement when the appending transaction commits (never when it rolls back).
create function taxii_clock_announce() returns trigger language plpgsql as $$
begin
    perform pg_notify('hub_taxii_head', to_char(new.last at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'));
    return new;
end $$;
create trigger taxii_clock_moved after update on taxii_clock
    for each row execute function taxii_clock_announce();
