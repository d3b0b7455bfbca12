-- STIX ids of SDOs, SROs and meta objects are UUIDv4 (STIX 2.1 §2.9 SHOULD): 122 bits of HMAC-SHA-256 under this
-- installation's random key, over a stable name of the object. The key is made once (by the hub, from a
-- SecureRandom) and kept here, so every export, version and instance gives an object the same id, and nobody
-- without the key can guess one.
create table stix_id_key (
    id  integer primary key check (id = 1),
    key bytea   not null
);
