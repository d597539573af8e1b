-- The reference agencies and services of catalogue.md, in Portuguese and English. Reference data:
-- loaded once, editable afterwards by agency administrators. Average durations are demo figures.

insert into agency (code, name_pt, name_en) values
  ('IRN', 'Instituto dos Registos e do Notariado', 'Civil registry (IRN)'),
  ('AT', 'Autoridade Tributária e Aduaneira', 'Tax authority (AT)'),
  ('ISS', 'Instituto da Segurança Social', 'Social security (ISS)'),
  ('SNS', 'Serviço Nacional de Saúde', 'National health service (SNS)'),
  ('IMT', 'Instituto da Mobilidade e dos Transportes', 'Driving and vehicles (IMT)'),
  ('CML', 'Câmara Municipal', 'Municipality (CML)');

insert into public_service (code, agency_id, name_pt, name_en, average_service_minutes)
select v.code, a.id, v.name_pt, v.name_en, v.minutes
from (values
  ('IRN-BIRTH', 'IRN', 'Registar um nascimento', 'Register a birth', 25),
  ('IRN-CC', 'IRN', 'Pedir o Cartão de Cidadão', 'Request a citizen card', 15),
  ('IRN-ADDRESS', 'IRN', 'Alterar a morada no Cartão de Cidadão', 'Change address on the citizen card', 8),
  ('IRN-CERT', 'IRN', 'Pedir uma certidão de nascimento', 'Issue a birth certificate', 6),
  ('IRN-DEATH', 'IRN', 'Registar um óbito', 'Register a death', 25),
  ('IRN-COMPANY', 'IRN', 'Criar uma empresa (Empresa na Hora)', 'Register a company (Empresa na Hora)', 45),
  ('IRN-HEIRS', 'IRN', 'Habilitação de herdeiros e partilha', 'Identify heirs and divide an estate', 40),
  ('AT-NIF', 'AT', 'Atribuir número de identificação fiscal', 'Assign a tax number (NIF)', 10),
  ('AT-ADDRESS', 'AT', 'Alterar o domicílio fiscal', 'Change tax address', 8),
  ('AT-HOUSEHOLD', 'AT', 'Acrescentar dependente ao agregado familiar', 'Add a dependant to the tax household', 10),
  ('AT-COMPANY', 'AT', 'Declarar início de atividade', 'Declare start of activity', 20),
  ('AT-ESTATE', 'AT', 'Participar óbito e abrir NIF da herança', 'Report a death, open the estate''s tax number', 20),
  ('ISS-NISS', 'ISS', 'Atribuir número de segurança social (NISS)', 'Assign a social security number (NISS)', 10),
  ('ISS-CHILD', 'ISS', 'Pedir o abono de família', 'Apply for child benefit', 15),
  ('ISS-ADDRESS', 'ISS', 'Alterar a morada na Segurança Social', 'Change address at social security', 8),
  ('ISS-DEATHGRANT', 'ISS', 'Pedir o subsídio por morte', 'Apply for the death grant', 20),
  ('ISS-EMPLOYER', 'ISS', 'Inscrever empresa como entidade empregadora', 'Register a company as employer', 15),
  ('SNS-REGISTER', 'SNS', 'Inscrever no SNS e atribuir unidade de saúde', 'Register in the health service', 10),
  ('SNS-ADDRESS', 'SNS', 'Alterar morada ou unidade de saúde', 'Change address or health unit', 8),
  ('SNS-DEATH', 'SNS', 'Encerrar a inscrição de um utente falecido', 'Close a deceased user''s registration', 8),
  ('IMT-LICENCE', 'IMT', 'Substituir a carta de condução', 'Replace a driving licence', 15),
  ('IMT-ADDRESS', 'IMT', 'Alterar a morada no registo de condutor', 'Change address on the driving record', 8),
  ('CML-ADDRESS', 'CML', 'Atualizar registos municipais (morada)', 'Update municipal records (address)', 10)
) as v (code, agency, name_pt, name_en, minutes)
join agency a on a.code = v.agency;
