-- module plan: plans per municipality by the day the household agreed, for the flow figures
create index plan_akkoord on plan (gemeente_code, akkoord_op);
