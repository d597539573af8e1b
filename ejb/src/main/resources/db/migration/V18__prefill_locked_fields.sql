-- "Editable only where the service allows": a value a registry prefilled into a locked field stands
-- as it came, and is corrected at that registry, not in the form. Locked: the deceased's registry
-- numbers (tax, social security, health service) and the parents' marital status; addresses stay
-- editable (a family may have moved since the registry heard of it).

alter table service_field add column prefill_locked boolean default false not null;

update service_field set prefill_locked = true
where prefill_from is not null
  and field_key in ('deceased.nif', 'deceased.niss', 'deceased.snsNumber', 'parents.maritalStatus');
