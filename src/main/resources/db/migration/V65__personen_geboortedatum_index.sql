-- Issue 24: the werkbak's 18-/18+ transitions read the residents of one municipality who turn 18 within six months
-- by birth date (docs/decisions/0016), instead of every household with an open Jeugd case.
create index persoon_gemeente_geboortedatum on persoon (gemeente_code, geboortedatum);
