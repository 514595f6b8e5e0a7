-- regie (issue 18): why a case closed as a fixed choice beside the text, so that the outcome figures can count it. Cases
-- closed before keep their text and no code, except the ones the system closed when a question was withdrawn.
alter table zaak add column sluitreden_code varchar(30);
update zaak set sluitreden_code = 'INGETROKKEN' where open = false and sluitreden = 'De inwoner heeft de vraag ingetrokken voordat iemand hem oppakte.';
