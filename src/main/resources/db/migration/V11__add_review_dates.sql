-- Advisories carry a review-by date (content JSON: reviewBy, chosen by officials or absent). Each published revision
-- stores the date it actually took (the chosen one, else a default period after publication), and every indicator of
-- the revision is published valid until its own date, else that one: consumers that decay indicators without
-- valid_until (OpenCTI) then keep them for as long as the authors vouch for them.
alter table advisory add column review_by date;
alter table advisory_revision add column review_by timestamptz;
update advisory_revision set review_by = published_at + interval '365 days';
alter table advisory_revision alter column review_by set not null;
update revision_indicator ri set valid_until = r.review_by
    from advisory_revision r where r.id = ri.revision_id and ri.valid_until is null and ri.valid_from < r.review_by;
create index advisory_revision_review_idx on advisory_revision (review_by);
create index revision_indicator_valid_until_idx on revision_indicator (valid_until);
