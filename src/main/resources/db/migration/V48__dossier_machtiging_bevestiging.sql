-- dossier: a resident's machtiging waits until the person authorised confirms it; until then the resident sees no name,
-- only the last digits of the BSN he typed. Machtigingen and registrations made before this are confirmed.
alter table vertegenwoordiging add column onbevestigd boolean not null default false;
