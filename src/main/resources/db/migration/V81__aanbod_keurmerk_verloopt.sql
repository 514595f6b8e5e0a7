-- beheer's list of quality marks that expire soon or expired (issue 16): by the date they run until
create index aanbieder_keurmerk_tot on aanbieder_keurmerk (geldig_tot);
