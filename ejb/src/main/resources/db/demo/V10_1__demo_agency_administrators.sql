-- One administrator per agency (Keycloak users of the dev realm, with the matching agency attribute).
insert into agency_administrator (username, agency_id)
select v.username, a.id
from (values
  ('admin-irn', 'IRN'),
  ('admin-at', 'AT'),
  ('admin-iss', 'ISS'),
  ('admin-sns', 'SNS'),
  ('admin-imt', 'IMT'),
  ('admin-cml', 'CML')
) as v (username, agency)
join agency a on a.code = v.agency;
