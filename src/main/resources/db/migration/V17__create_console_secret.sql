-- A newly issued or rotated key secret on its way from the console's POST to the page the browser is sent to, which
-- may be served by another instance: encrypted with the session key, claimed once, gone after five minutes.
create table console_secret (
    reference_hash  varchar(64)  primary key,
    organization_id varchar(64)  not null,
    payload         text         not null,
    expires_at      timestamptz  not null
);
