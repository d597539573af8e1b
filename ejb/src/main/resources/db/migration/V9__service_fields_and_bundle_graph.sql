-- What each service asks for and gives back, and the order of a life event's steps. A field's key
-- names the datum across services ("child.birthDate", "address"): a bundle's form asks each key
-- once, and a step's input is filled by the output of the same key of a step it waits for (the
-- child's civil ID number that the birth registration gives goes into the NIF, NISS and SNS steps).
-- prefill_from names the agency whose registry can fill the field once the citizen consents.

create table service_field (
    service_id bigint not null references public_service (id),
    field_key varchar(60) not null,
    field_type varchar(20) not null,
    label_pt varchar(255) not null,
    label_en varchar(255) not null,
    field_group varchar(30) not null,
    required boolean not null,
    prefill_from varchar(10),
    choices varchar(500),
    position integer not null,
    primary key (service_id, field_key)
);

create table service_output (
    service_id bigint not null references public_service (id),
    output_key varchar(60) not null,
    label_pt varchar(255) not null,
    label_en varchar(255) not null,
    primary key (service_id, output_key)
);

-- The steps a step waits for: service codes, ','-separated.
alter table life_event_step add column depends_on varchar(300) default '' not null;

insert into service_field (service_id, field_key, field_type, label_pt, label_en, field_group, required, prefill_from, choices, position)
select s.id, v.field_key, v.field_type, v.label_pt, v.label_en, v.field_group, v.required, v.prefill_from, v.choices, v.position
from (values
  ('IRN-BIRTH', 'child.givenNames', 'TEXT', 'Nomes próprios da criança', 'Child''s given names', 'child', true, null, null, 1),
  ('IRN-BIRTH', 'child.surnames', 'TEXT', 'Apelidos da criança', 'Child''s surnames', 'child', true, null, null, 2),
  ('IRN-BIRTH', 'child.birthDate', 'DATE', 'Data de nascimento', 'Date of birth', 'child', true, null, null, 3),
  ('IRN-BIRTH', 'child.birthTime', 'TIME', 'Hora de nascimento', 'Time of birth', 'child', true, null, null, 4),
  ('IRN-BIRTH', 'child.birthPlace', 'TEXT', 'Local de nascimento', 'Place of birth', 'child', true, null, null, 5),
  ('IRN-BIRTH', 'child.sex', 'CHOICE', 'Sexo', 'Sex', 'child', true, null, 'F|M', 6),
  ('IRN-BIRTH', 'mother.civilId', 'CIVIL_ID', 'N.º de identificação civil da mãe', 'Mother''s civil ID number', 'parents', true, 'IRN', null, 7),
  ('IRN-BIRTH', 'father.civilId', 'CIVIL_ID', 'N.º de identificação civil do pai', 'Father''s civil ID number', 'parents', false, 'IRN', null, 8),
  ('IRN-BIRTH', 'parents.maritalStatus', 'CHOICE', 'Estado civil dos pais', 'Parents'' marital status', 'parents', true, 'IRN', 'MARRIED|UNMARRIED|CIVIL_UNION', 9),
  ('IRN-BIRTH', 'address', 'ADDRESS', 'Morada', 'Address', 'address', true, 'IRN', null, 10),
  ('IRN-CC', 'cc.reason', 'CHOICE', 'Motivo do pedido', 'Reason for the request', 'card', true, null, 'FIRST|RENEWAL|REPLACEMENT', 1),
  ('IRN-CC', 'cc.deliveryPlace', 'CHOICE', 'Onde levantar o cartão', 'Where to collect the card', 'card', true, null, 'THIS_SHOP|OTHER_SHOP', 2),
  ('IRN-ADDRESS', 'address', 'ADDRESS', 'Nova morada', 'New address', 'address', true, null, null, 1),
  ('IRN-CERT', 'cert.whose', 'CHOICE', 'Certidão de quem', 'Whose certificate', 'certificate', true, null, 'SELF|CHILD|OTHER', 1),
  ('IRN-CERT', 'cert.purpose', 'TEXT', 'Finalidade', 'Purpose', 'certificate', false, null, null, 2),
  ('IRN-DEATH', 'deceased.civilId', 'CIVIL_ID', 'N.º de identificação civil do falecido', 'Deceased''s civil ID number', 'deceased', true, null, null, 1),
  ('IRN-DEATH', 'deceased.deathDate', 'DATE', 'Data do óbito', 'Date of death', 'deceased', true, null, null, 2),
  ('IRN-DEATH', 'deceased.deathPlace', 'TEXT', 'Local do óbito', 'Place of death', 'deceased', true, null, null, 3),
  ('IRN-DEATH', 'declarant.relation', 'CHOICE', 'Relação do declarante com o falecido', 'Declarant''s relation to the deceased', 'declarant', true, null, 'SPOUSE|CHILD|PARENT|SIBLING|OTHER', 4),
  ('IRN-COMPANY', 'company.name', 'TEXT', 'Firma (nome) pré-aprovada', 'Pre-approved company name', 'company', true, null, null, 1),
  ('IRN-COMPANY', 'company.partners', 'TEXT', 'Sócios e quotas', 'Partners and their shares', 'company', true, null, null, 2),
  ('IRN-COMPANY', 'company.capital', 'NUMBER', 'Capital social (euros)', 'Share capital (euro)', 'company', true, null, null, 3),
  ('IRN-COMPANY', 'company.headOffice', 'ADDRESS', 'Sede', 'Head office', 'company', true, null, null, 4),
  ('IRN-HEIRS', 'deceased.civilId', 'CIVIL_ID', 'N.º de identificação civil do falecido', 'Deceased''s civil ID number', 'deceased', true, null, null, 1),
  ('IRN-HEIRS', 'estate.administrator', 'NIF', 'NIF do cabeça de casal', 'Estate administrator''s tax number', 'estate', true, null, null, 2),
  ('IRN-HEIRS', 'estate.heirs', 'TEXT', 'Herdeiros', 'Heirs', 'estate', true, null, null, 3),
  ('IRN-HEIRS', 'estate.assets', 'TEXT', 'Bens a partilhar', 'Assets to divide', 'estate', true, null, null, 4),
  ('AT-NIF', 'child.civilId', 'CIVIL_ID', 'N.º de identificação civil', 'Civil ID number', 'child', true, null, null, 1),
  ('AT-NIF', 'child.birthDate', 'DATE', 'Data de nascimento', 'Date of birth', 'child', true, null, null, 2),
  ('AT-NIF', 'address', 'ADDRESS', 'Morada', 'Address', 'address', true, 'IRN', null, 3),
  ('AT-ADDRESS', 'address', 'ADDRESS', 'Nova morada', 'New address', 'address', true, null, null, 1),
  ('AT-HOUSEHOLD', 'child.nif', 'NIF', 'NIF do dependente', 'Dependant''s tax number', 'child', true, null, null, 1),
  ('AT-COMPANY', 'company.nipc', 'NIF', 'NIPC da empresa', 'Company''s tax number (NIPC)', 'company', true, null, null, 1),
  ('AT-COMPANY', 'company.activityCode', 'TEXT', 'Código de atividade (CAE)', 'Activity code (CAE)', 'company', true, null, null, 2),
  ('AT-COMPANY', 'company.accountingRegime', 'CHOICE', 'Regime de contabilidade', 'Accounting regime', 'company', true, null, 'SIMPLIFIED|ORGANISED', 3),
  ('AT-ESTATE', 'deceased.nif', 'NIF', 'NIF do falecido', 'Deceased''s tax number', 'deceased', true, 'AT', null, 1),
  ('AT-ESTATE', 'estate.administrator', 'NIF', 'NIF do cabeça de casal', 'Estate administrator''s tax number', 'estate', true, null, null, 2),
  ('ISS-NISS', 'child.civilId', 'CIVIL_ID', 'N.º de identificação civil', 'Civil ID number', 'child', true, null, null, 1),
  ('ISS-NISS', 'child.nif', 'NIF', 'NIF', 'Tax number', 'child', true, null, null, 2),
  ('ISS-CHILD', 'child.niss', 'NISS', 'NISS da criança', 'Child''s social security number', 'child', true, null, null, 1),
  ('ISS-CHILD', 'household.incomeBracket', 'CHOICE', 'Escalão de rendimentos do agregado', 'Household income bracket', 'household', true, 'AT', '1|2|3|4|5', 2),
  ('ISS-CHILD', 'iban', 'IBAN', 'IBAN para pagamento', 'IBAN for payment', 'payment', true, null, null, 3),
  ('ISS-ADDRESS', 'address', 'ADDRESS', 'Nova morada', 'New address', 'address', true, null, null, 1),
  ('ISS-DEATHGRANT', 'deceased.niss', 'NISS', 'NISS do falecido', 'Deceased''s social security number', 'deceased', true, 'ISS', null, 1),
  ('ISS-DEATHGRANT', 'applicant.relation', 'CHOICE', 'Relação com o falecido', 'Relation to the deceased', 'declarant', true, null, 'SPOUSE|CHILD|PARENT|OTHER', 2),
  ('ISS-DEATHGRANT', 'iban', 'IBAN', 'IBAN para pagamento', 'IBAN for payment', 'payment', true, null, null, 3),
  ('ISS-EMPLOYER', 'company.nipc', 'NIF', 'NIPC da empresa', 'Company''s tax number (NIPC)', 'company', true, null, null, 1),
  ('ISS-EMPLOYER', 'company.startDate', 'DATE', 'Data de início', 'Start date', 'company', true, null, null, 2),
  ('SNS-REGISTER', 'child.civilId', 'CIVIL_ID', 'N.º de identificação civil', 'Civil ID number', 'child', true, null, null, 1),
  ('SNS-REGISTER', 'address', 'ADDRESS', 'Morada', 'Address', 'address', true, 'IRN', null, 2),
  ('SNS-ADDRESS', 'address', 'ADDRESS', 'Nova morada', 'New address', 'address', true, null, null, 1),
  ('SNS-DEATH', 'deceased.snsNumber', 'SNS_NUMBER', 'N.º de utente do falecido', 'Deceased''s health service number', 'deceased', true, 'SNS', null, 1),
  ('SNS-DEATH', 'deceased.deathDate', 'DATE', 'Data do óbito', 'Date of death', 'deceased', true, null, null, 2),
  ('IMT-LICENCE', 'licence.number', 'TEXT', 'N.º da carta de condução', 'Driving licence number', 'licence', true, 'IMT', null, 1),
  ('IMT-LICENCE', 'licence.reason', 'CHOICE', 'Motivo', 'Reason', 'licence', true, null, 'LOST|STOLEN|DAMAGED', 2),
  ('IMT-ADDRESS', 'address', 'ADDRESS', 'Nova morada', 'New address', 'address', true, null, null, 1),
  ('CML-ADDRESS', 'address', 'ADDRESS', 'Nova morada', 'New address', 'address', true, null, null, 1)
) as v (service, field_key, field_type, label_pt, label_en, field_group, required, prefill_from, choices, position)
join public_service s on s.code = v.service;

insert into service_output (service_id, output_key, label_pt, label_en)
select s.id, v.output_key, v.label_pt, v.label_en
from (values
  ('IRN-BIRTH', 'child.civilId', 'N.º de identificação civil da criança', 'Child''s civil ID number'),
  ('IRN-BIRTH', 'birth.recordNumber', 'N.º do assento de nascimento', 'Birth record number'),
  ('IRN-CC', 'cc.requestNumber', 'N.º do pedido', 'Request number'),
  ('IRN-CC', 'cc.expectedDate', 'Data prevista', 'Expected date'),
  ('IRN-ADDRESS', 'address.confirmation', 'Código de confirmação', 'Confirmation code'),
  ('IRN-CERT', 'cert.accessCode', 'Código de acesso à certidão', 'Certificate access code'),
  ('IRN-DEATH', 'death.recordNumber', 'N.º do assento de óbito', 'Death record number'),
  ('IRN-COMPANY', 'company.nipc', 'NIPC da empresa', 'Company''s tax number (NIPC)'),
  ('IRN-COMPANY', 'company.certificateCode', 'Código da certidão permanente', 'Permanent certificate code'),
  ('IRN-HEIRS', 'estate.actDate', 'Data da escritura', 'Date of the deed'),
  ('AT-NIF', 'child.nif', 'NIF', 'Tax number'),
  ('AT-ADDRESS', 'address.taxConfirmation', 'Confirmação', 'Confirmation'),
  ('AT-HOUSEHOLD', 'household.confirmation', 'Confirmação', 'Confirmation'),
  ('AT-COMPANY', 'company.activityConfirmation', 'Confirmação', 'Confirmation'),
  ('AT-ESTATE', 'estate.nif', 'NIF da herança', 'Estate''s tax number'),
  ('ISS-NISS', 'child.niss', 'NISS', 'Social security number'),
  ('ISS-CHILD', 'childBenefit.decision', 'Decisão e montante mensal', 'Decision and monthly amount'),
  ('ISS-ADDRESS', 'address.ssConfirmation', 'Confirmação', 'Confirmation'),
  ('ISS-DEATHGRANT', 'deathGrant.decision', 'Decisão', 'Decision'),
  ('ISS-EMPLOYER', 'company.employerNiss', 'NISS de entidade empregadora', 'Employer''s social security number'),
  ('SNS-REGISTER', 'child.snsNumber', 'N.º de utente', 'Health service number'),
  ('SNS-REGISTER', 'child.healthUnit', 'Unidade de saúde familiar', 'Family health unit'),
  ('SNS-ADDRESS', 'address.healthUnit', 'Nova unidade de saúde', 'New health unit'),
  ('SNS-DEATH', 'deceased.snsClosed', 'Confirmação', 'Confirmation'),
  ('IMT-LICENCE', 'licence.temporaryPermit', 'N.º da guia de substituição', 'Temporary permit number'),
  ('IMT-ADDRESS', 'address.imtConfirmation', 'Confirmação', 'Confirmation'),
  ('CML-ADDRESS', 'address.municipalConfirmation', 'Confirmação', 'Confirmation')
) as v (service, output_key, label_pt, label_en)
join public_service s on s.code = v.service;

-- catalogue.md's arrows; ISS-NISS also waits for AT-NIF, whose NIF it asks for, and ISS-CHILD and
-- AT-HOUSEHOLD for the numbers they need (the NISS, the NIF).
merge into life_event_step t
using (select e.id as life_event_id, s.id as service_id, v.depends_on
       from (values
         ('BIRTH', 'AT-NIF', 'IRN-BIRTH'),
         ('BIRTH', 'ISS-NISS', 'IRN-BIRTH,AT-NIF'),
         ('BIRTH', 'SNS-REGISTER', 'IRN-BIRTH'),
         ('BIRTH', 'IRN-CC', 'IRN-BIRTH'),
         ('BIRTH', 'ISS-CHILD', 'ISS-NISS'),
         ('BIRTH', 'AT-HOUSEHOLD', 'AT-NIF'),
         ('MOVING', 'AT-ADDRESS', 'IRN-ADDRESS'),
         ('MOVING', 'ISS-ADDRESS', 'IRN-ADDRESS'),
         ('MOVING', 'SNS-ADDRESS', 'IRN-ADDRESS'),
         ('MOVING', 'IMT-ADDRESS', 'IRN-ADDRESS'),
         ('MOVING', 'CML-ADDRESS', 'IRN-ADDRESS'),
         ('COMPANY', 'AT-COMPANY', 'IRN-COMPANY'),
         ('COMPANY', 'ISS-EMPLOYER', 'IRN-COMPANY'),
         ('DEATH', 'AT-ESTATE', 'IRN-DEATH'),
         ('DEATH', 'SNS-DEATH', 'IRN-DEATH'),
         ('DEATH', 'ISS-DEATHGRANT', 'IRN-DEATH'),
         ('DEATH', 'IRN-HEIRS', 'AT-ESTATE')
       ) as v (event, service, depends_on)
       join life_event e on e.code = v.event
       join public_service s on s.code = v.service) as d
on t.life_event_id = d.life_event_id and t.service_id = d.service_id
when matched then update set depends_on = d.depends_on;
