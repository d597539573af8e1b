-- How the applicant of a case was identified: by a document he presented at a desk (its kind and
-- number, the clerk who checked its photo and validity, when), or by his login at a kiosk.
alter table citizen_case add column identification_level varchar(20);
alter table citizen_case add column document_type varchar(20);
alter table citizen_case add column document_number varchar(20);
alter table citizen_case add column identified_by varchar(100);
alter table citizen_case add column identified_at timestamp with time zone;
