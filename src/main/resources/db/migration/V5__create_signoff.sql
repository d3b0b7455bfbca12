-- Joint sign-off: a publisher of every co-authoring organization approves the exact version under review.
create table advisory_approval (
    id              uuid         primary key,
    advisory_id     uuid         not null references advisory (id) on delete cascade,
    version         bigint       not null,
    organization_id varchar(64)  not null references organization (id),
    approved_by     varchar(100) not null,
    approved_at     timestamptz  not null,
    constraint approval_once_per_org unique (advisory_id, version, organization_id)
);

-- Review comments and change requests.
create table advisory_comment (
    id              uuid         primary key,
    advisory_id     uuid         not null references advisory (id) on delete cascade,
    revision        integer      not null,
    author          varchar(100) not null,
    organization_id varchar(64)  not null,
    kind            varchar(24)  not null,
    text            text         not null,
    created_at      timestamptz  not null
);
create index advisory_comment_advisory_idx on advisory_comment (advisory_id, created_at);

-- Who changed the revision in progress; none of them may approve it (four eyes).
alter table advisory add column working_authors jsonb not null default '[]';
