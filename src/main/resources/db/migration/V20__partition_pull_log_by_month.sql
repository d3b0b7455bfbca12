-- The pull log grows by every partner's every pull. It is partitioned by month of `at`, so that a month can be
-- archived (written to a file whose digest goes into the audit chain) and dropped without deleting rows one by one.
-- The records before this migration's month stay in one partition, pull_log_history, archived as one unit.
-- Instances create the partitions of the current and the next month themselves (PullLogPartitions).
alter table pull_log rename to pull_log_history;
alter table pull_log_history drop constraint pull_log_pkey; -- the parent's key (id, at) takes its place
alter index pull_log_key_idx rename to pull_log_history_key_idx;
alter index pull_log_organization_idx rename to pull_log_history_organization_idx;
alter index pull_log_at_idx rename to pull_log_history_at_idx;
drop trigger pull_log_no_update on pull_log_history;

alter table pull_log_history alter column id drop identity; -- its sequence goes; one sequence serves every month
create sequence pull_log_id_seq as bigint;
select setval('pull_log_id_seq', coalesce((select max(id) from pull_log_history), 0) + 1, false);

create table pull_log (
    id              bigint       not null default nextval('pull_log_id_seq'),
    at              timestamptz  not null,
    key_id          varchar(40)  not null,
    organization_id varchar(64)  not null,
    collection_id   uuid         not null,
    endpoint        varchar(40)  not null,
    objects         integer      not null,
    first_added     timestamptz,
    last_added      timestamptz,
    source          varchar(100),
    primary key (id, at)
) partition by range (at);
alter sequence pull_log_id_seq owned by pull_log.id;

do $$
declare
    month timestamptz := date_trunc('month', now() at time zone 'UTC') at time zone 'UTC';
begin
    execute format('alter table pull_log attach partition pull_log_history for values from (minvalue) to (%L)', month);
    for i in 0..1 loop
        execute format('create table %I partition of pull_log for values from (%L) to (%L)',
            'pull_log_' || to_char((month + make_interval(months => i)) at time zone 'UTC', 'YYYY_MM'),
            month + make_interval(months => i), month + make_interval(months => i + 1));
    end loop;
end $$;

create index pull_log_key_idx on pull_log (key_id, id);
create index pull_log_organization_idx on pull_log (organization_id, id);
create index pull_log_at_idx on pull_log (at, id);

-- Append-only, as before; dropping an archived month's partition is the one way records leave.
create trigger pull_log_no_update before update or delete on pull_log
    for each row execute function pull_log_is_append_only();
