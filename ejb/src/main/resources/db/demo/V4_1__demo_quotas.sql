-- Laranjeiras caps the day's tickets for tax (AT) and social security (ISS), as real shops do.
insert into daily_quota (shop_id, agency_id, walk_in, appointments, priority)
select s.id, a.id, 50, 20, 10
from shop s cross join agency a
where s.code = 'LX-LARANJEIRAS' and a.code in ('AT', 'ISS');
