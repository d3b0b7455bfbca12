-- Console sessions name the epoch they began in; a password change or a disabled account moves it on and ends them.
alter table official add column session_epoch integer not null default 0;
