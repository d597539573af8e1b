-- A step can be conditional: it applies only when the bundle's form data meets its condition
-- (StepCondition: "household.incomeBracket in (1, 2, 3, 4)"). Child benefit is paid to households of
-- the first four income brackets.
alter table life_event_step add column step_condition varchar(300);
update life_event_step set step_condition = 'household.incomeBracket in (1, 2, 3, 4)'
where service_id = (select id from public_service where code = 'ISS-CHILD')
  and life_event_id = (select id from life_event where code = 'BIRTH');
