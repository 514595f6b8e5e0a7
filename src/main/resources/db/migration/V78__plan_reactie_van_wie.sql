-- Whose reaction it is (issue 15): the resident as whom the writer acted. A reaction or niet-akkoord reason of a 16- or
-- 17-year-old is his text; his parents read it only when he authorised them (docs/decisions/0006). Null: written by
-- staff, or before this column, shown as before.
alter table plan_reactie add column namens_bsn varchar(9);
