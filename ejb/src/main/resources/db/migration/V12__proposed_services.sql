-- An agency can propose a new service: it exists as a draft (not offered, not found by the finder)
-- until its first version is published.
alter table public_service add column active boolean default true not null;
