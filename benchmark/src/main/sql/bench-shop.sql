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

-- More queues (letters B, C, ...), one per service of :'others' (separated by spaces), that no desk
-- serves: ticket issue takes tickets for every queue in turn, since one letter's series gives at most
-- 99 999 numbers a day.
insert into service_queue (shop_id, code, letter, name_pt, name_en)
select s.id, o.code, chr(ascii('A') + o.n::int), 'Fila ' || o.code, 'Queue ' || o.code
from shop s
cross join unnest(string_to_array(:'others', ' ')) with ordinality as o (code, n)
where s.code = :'shop';

insert into queue_service (queue_id, service_id)
select q.id, p.id
from service_queue q
join shop s on s.id = q.shop_id and s.code = :'shop'
join public_service p on p.code = q.code
where q.letter <> 'A';

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

-- The floor (floor.war, FloorResource): the barest numbered ticket — one series row locked and raised, one
-- row inserted, in one transaction. Its own tables, never the application's; bin/benchmark checks afterwards
-- that no number of the series was given twice.
create table bench_floor_series (
  letter char(1) primary key,
  last_number bigint not null
);
insert into bench_floor_series (letter, last_number) values ('A', 0), ('B', 0);
-- The floor's numbers without the lock (/floor/tickets-from-sequence), far above the locked series' so that
-- the check for numbers given twice covers both.
create sequence bench_floor_number start with 1000000001;

create table bench_floor_ticket (
  id bigint generated always as identity primary key,
  letter char(1) not null references bench_floor_series (letter),
  number bigint not null,
  service varchar(40) not null,
  issued_at timestamp with time zone not null
);
