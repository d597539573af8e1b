-- The benchmark shop, inserted by bin/benchmark into the benchmark's own PostgreSQL database after
-- the server has started once (Flyway has created the schema and the reference catalogue), in the
-- style of db/demo: one queue (A, civil registry) fed by one service, and :desks agency desks
-- (:'prefix'001, ...) that serve that service directly. Closed desks with no clerk: each call-next
-- signs its clerk in. psql variables: shop, service, prefix, desks.

insert into shop (code, name, time_zone, language) values
  (:'shop', 'Loja de carga (benchmark)', 'Europe/Lisbon', 'pt');

insert into service_queue (shop_id, code, letter, name_pt, name_en)
select s.id, 'IRN', 'A', 'Registos e Notariado', 'Civil registry'
from shop s
where s.code = :'shop';

insert into queue_service (queue_id, service_id)
select q.id, p.id
from service_queue q
join shop s on s.id = q.shop_id and s.code = :'shop'
join public_service p on p.code = :'service';

insert into desk (shop_id, code, number, kind, status)
select s.id, :'prefix' || lpad(n::text, 3, '0'), n, 'AGENCY', 'CLOSED'
from shop s
cross join generate_series(1, :desks) as n
where s.code = :'shop';

insert into desk_service (desk_id, service_id)
select d.id, p.id
from desk d
join shop s on s.id = d.shop_id and s.code = :'shop'
join public_service p on p.code = :'service';

-- Staff work only at their own shop: the benchmark's clerks (clerk1 and clerk2 of the demo) move to
-- the benchmark shop's roster, in the benchmark's own database.
update clerk set shop_id = (select id from shop where code = :'shop')
where username in ('clerk1', 'clerk2');
