-- Desk hours of the demo network (catalogue.md): Laranjeiras Mon-Fri 08:30-19:30 and Sat 09:30-15:00
-- at every desk; the small Espaço Cidadão Carnide Mon-Fri 09:00-12:30 and 14:00-17:30.

insert into desk_hours (desk_id, day_of_week, opens, closes)
select d.id, v.day_of_week, cast(v.opens as time), cast(v.closes as time)
from desk d
join shop s on s.id = d.shop_id and s.code = 'LX-LARANJEIRAS'
cross join (values
  (1, '08:30:00', '19:30:00'),
  (2, '08:30:00', '19:30:00'),
  (3, '08:30:00', '19:30:00'),
  (4, '08:30:00', '19:30:00'),
  (5, '08:30:00', '19:30:00'),
  (6, '09:30:00', '15:00:00')
) as v (day_of_week, opens, closes);

insert into desk_hours (desk_id, day_of_week, opens, closes)
select d.id, v.day_of_week, cast(v.opens as time), cast(v.closes as time)
from desk d
join shop s on s.id = d.shop_id and s.code = 'LX-CARNIDE'
cross join (values
  (1, '09:00:00', '12:30:00'), (1, '14:00:00', '17:30:00'),
  (2, '09:00:00', '12:30:00'), (2, '14:00:00', '17:30:00'),
  (3, '09:00:00', '12:30:00'), (3, '14:00:00', '17:30:00'),
  (4, '09:00:00', '12:30:00'), (4, '14:00:00', '17:30:00'),
  (5, '09:00:00', '12:30:00'), (5, '14:00:00', '17:30:00')
) as v (day_of_week, opens, closes);
