-- A service's terms: how the citizen must be identified at least, how long the agency takes (its
-- SLA, "demo" figures where catalogue.md says so), the law it rests on, and the connector (the
-- integration route that carries it to the agency; "desk" when the clerk does it by hand). The legal
-- references are demo data for each agency to check and complete in the administration pages.

alter table public_service add column min_identification varchar(20) default 'PRESENTED_DOCUMENT' not null;
alter table public_service add column sla_amount integer default 5 not null;
alter table public_service add column sla_unit varchar(20) default 'WORKING_DAYS' not null;
alter table public_service add column legal_basis varchar(500) default '' not null;
alter table public_service add column connector varchar(30) default 'desk' not null;

merge into public_service s
using (select * from (values
  ('IRN-BIRTH', 'PRESENTED_DOCUMENT', 0, 'WORKING_DAYS', 'Código do Registo Civil, art. 96.º e seguintes', 'irn-rest'),
  ('IRN-CC', 'PRESENTED_DOCUMENT', 5, 'WORKING_DAYS', 'Lei n.º 7/2007 (Cartão de Cidadão)', 'irn-rest'),
  ('IRN-ADDRESS', 'AUTHENTICATED', 0, 'IMMEDIATE', 'Lei n.º 7/2007, art. 13.º', 'irn-rest'),
  ('IRN-CERT', 'AUTHENTICATED', 0, 'IMMEDIATE', 'Código do Registo Civil, art. 211.º e seguintes', 'irn-rest'),
  ('IRN-DEATH', 'PRESENTED_DOCUMENT', 0, 'WORKING_DAYS', 'Código do Registo Civil, art. 192.º e seguintes', 'irn-rest'),
  ('IRN-COMPANY', 'PRESENTED_DOCUMENT', 1, 'HOURS', 'Decreto-Lei n.º 111/2005 (Empresa na Hora)', 'irn-rest'),
  ('IRN-HEIRS', 'PRESENTED_DOCUMENT', 7, 'WORKING_DAYS', 'Código do Notariado, art. 82.º e seguintes', 'irn-rest'),
  ('AT-NIF', 'PRESENTED_DOCUMENT', 0, 'IMMEDIATE', 'Decreto-Lei n.º 14/2013', 'at-soap'),
  ('AT-ADDRESS', 'AUTHENTICATED', 0, 'IMMEDIATE', 'Lei Geral Tributária, art. 19.º', 'at-soap'),
  ('AT-HOUSEHOLD', 'AUTHENTICATED', 2, 'WORKING_DAYS', 'Código do IRS, art. 13.º', 'at-soap'),
  ('AT-COMPANY', 'PRESENTED_DOCUMENT', 0, 'IMMEDIATE', 'Código do IVA, art. 31.º', 'at-soap'),
  ('AT-ESTATE', 'PRESENTED_DOCUMENT', 2, 'WORKING_DAYS', 'Código do Imposto do Selo, art. 26.º', 'at-soap'),
  ('ISS-NISS', 'PRESENTED_DOCUMENT', 1, 'WORKING_DAYS', 'Código dos Regimes Contributivos, art. 23.º', 'iss-batch'),
  ('ISS-CHILD', 'AUTHENTICATED', 30, 'CALENDAR_DAYS', 'Decreto-Lei n.º 176/2003 (abono de família)', 'iss-batch'),
  ('ISS-ADDRESS', 'AUTHENTICATED', 1, 'WORKING_DAYS', 'Código dos Regimes Contributivos', 'iss-batch'),
  ('ISS-DEATHGRANT', 'PRESENTED_DOCUMENT', 30, 'CALENDAR_DAYS', 'Decreto-Lei n.º 322/90 (subsídio por morte)', 'iss-batch'),
  ('ISS-EMPLOYER', 'PRESENTED_DOCUMENT', 1, 'WORKING_DAYS', 'Código dos Regimes Contributivos, art. 27.º', 'iss-batch'),
  ('SNS-REGISTER', 'PRESENTED_DOCUMENT', 0, 'IMMEDIATE', 'Despacho n.º 1774-A/2017 (Registo Nacional de Utentes)', 'sns-fhir'),
  ('SNS-ADDRESS', 'AUTHENTICATED', 0, 'IMMEDIATE', 'Despacho n.º 1774-A/2017', 'sns-fhir'),
  ('SNS-DEATH', 'PRESENTED_DOCUMENT', 0, 'IMMEDIATE', 'Despacho n.º 1774-A/2017', 'sns-fhir'),
  ('IMT-LICENCE', 'PRESENTED_DOCUMENT', 10, 'WORKING_DAYS', 'Regulamento da Habilitação Legal para Conduzir', 'imt-jms'),
  ('IMT-ADDRESS', 'AUTHENTICATED', 1, 'WORKING_DAYS', 'Código da Estrada, art. 121.º-A', 'imt-jms'),
  ('CML-ADDRESS', 'AUTHENTICATED', 2, 'WORKING_DAYS', 'Regulamento municipal de estacionamento e de resíduos', 'cml-webhook')
) as d (code, min_identification, sla_amount, sla_unit, legal_basis, connector)) as v
on s.code = v.code
when matched then update set min_identification = v.min_identification, sla_amount = v.sla_amount,
    sla_unit = v.sla_unit, legal_basis = v.legal_basis, connector = v.connector;
