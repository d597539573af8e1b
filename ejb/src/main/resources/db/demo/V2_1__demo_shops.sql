-- Demo network (catalogue.md): Loja do Cidadão Laranjeiras with 8 desks and a queue per agency,
-- and a small Espaço Cidadão with one multi-service desk and one queue. Applied only when
-- citizenshop.demo-data is true (the default for a first run and for the tests).

insert into shop (code, name, time_zone, language) values
  ('LX-LARANJEIRAS', 'Loja do Cidadão Laranjeiras', 'Europe/Lisbon', 'pt'),
  ('LX-CARNIDE', 'Espaço Cidadão Carnide', 'Europe/Lisbon', 'pt');

insert into service_queue (shop_id, code, letter, name_pt, name_en)
select s.id, v.code, v.letter, v.name_pt, v.name_en
from (values
  ('LX-LARANJEIRAS', 'IRN', 'A', 'Registos e Notariado', 'Civil registry'),
  ('LX-LARANJEIRAS', 'AT', 'B', 'Finanças', 'Tax'),
  ('LX-LARANJEIRAS', 'ISS', 'C', 'Segurança Social', 'Social security'),
  ('LX-LARANJEIRAS', 'SNS', 'D', 'Saúde', 'Health'),
  ('LX-LARANJEIRAS', 'IMT', 'E', 'Condução e veículos', 'Driving and vehicles'),
  ('LX-LARANJEIRAS', 'CML', 'F', 'Câmara Municipal', 'Municipality'),
  ('LX-CARNIDE', 'GERAL', 'A', 'Atendimento geral', 'General counter')
) as v (shop, code, letter, name_pt, name_en)
join shop s on s.code = v.shop;

-- Laranjeiras: each agency's services feed that agency's queue.
insert into queue_service (queue_id, service_id)
select q.id, p.id
from service_queue q
join shop s on s.id = q.shop_id and s.code = 'LX-LARANJEIRAS'
join agency a on a.code = q.code
join public_service p on p.agency_id = a.id;

-- Carnide: one queue for everything.
insert into queue_service (queue_id, service_id)
select q.id, p.id
from service_queue q
join shop s on s.id = q.shop_id and s.code = 'LX-CARNIDE'
cross join public_service p;

insert into desk (shop_id, code, number, kind, status)
select s.id, v.code, v.number, v.kind, 'CLOSED'
from (values
  ('LX-LARANJEIRAS', 'LXL-01', 1, 'MULTI_SERVICE'),
  ('LX-LARANJEIRAS', 'LXL-02', 2, 'MULTI_SERVICE'),
  ('LX-LARANJEIRAS', 'LXL-03', 3, 'AGENCY'),
  ('LX-LARANJEIRAS', 'LXL-04', 4, 'AGENCY'),
  ('LX-LARANJEIRAS', 'LXL-05', 5, 'AGENCY'),
  ('LX-LARANJEIRAS', 'LXL-06', 6, 'AGENCY'),
  ('LX-LARANJEIRAS', 'LXL-07', 7, 'AGENCY'),
  ('LX-LARANJEIRAS', 'LXL-08', 8, 'MEDIATOR'),
  ('LX-CARNIDE', 'LXC-01', 1, 'MULTI_SERVICE')
) as v (shop, code, number, kind)
join shop s on s.code = v.shop;

-- Multi-service desks serve everything.
insert into desk_service (desk_id, service_id)
select d.id, p.id
from desk d cross join public_service p
where d.code in ('LXL-01', 'LXL-02', 'LXC-01');

-- Agency desks serve their agency's services.
insert into desk_service (desk_id, service_id)
select d.id, p.id
from (values
  ('LXL-03', 'IRN'),
  ('LXL-04', 'IRN'),
  ('LXL-05', 'AT'),
  ('LXL-06', 'ISS'),
  ('LXL-07', 'IMT')
) as v (desk, agency)
join desk d on d.code = v.desk
join agency a on a.code = v.agency
join public_service p on p.agency_id = a.id;

-- The Espaço Cidadão mediator desk helps with the services a citizen could also do online.
insert into desk_service (desk_id, service_id)
select d.id, p.id
from desk d
join public_service p on p.code in (
  'IRN-ADDRESS', 'IRN-CERT', 'AT-ADDRESS', 'AT-HOUSEHOLD', 'ISS-CHILD', 'ISS-ADDRESS',
  'SNS-ADDRESS', 'IMT-ADDRESS', 'CML-ADDRESS')
where d.code = 'LXL-08';
