-- An official's console preferences, keyed by user name so that officials signed in through Keycloak (who have no
-- local account row) keep theirs too. A missing row means the defaults: the time zone of the chosen language.
create table official_preference (
    username    varchar(200) primary key,
    time_zone   varchar(64)  not null,
    updated_at  timestamptz  not null
);

-- Organizations as Korean readers name them (국가정보원, 외교부…); absent: the English name.
alter table organization add column name_ko varchar(300);
