-- Demo clerks (Keycloak users of the dev realm) with different skills: clerk1 handles everything,
-- clerk2 the civil registry and tax, clerk3 (Carnide) everything, supervisor1 everything.
insert into clerk (username, shop_id)
select v.username, s.id
from (values
  ('clerk1', 'LX-LARANJEIRAS'),
  ('clerk2', 'LX-LARANJEIRAS'),
  ('clerk3', 'LX-CARNIDE'),
  ('supervisor1', 'LX-LARANJEIRAS')
) as v (username, shop)
join shop s on s.code = v.shop;

insert into clerk_skill (clerk_id, service_id)
select c.id, p.id
from clerk c
join public_service p on p.agency_id in (select id from agency where code in ('IRN', 'AT'))
where c.username = 'clerk2';
