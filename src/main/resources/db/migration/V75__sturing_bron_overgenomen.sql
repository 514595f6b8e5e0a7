-- Provisions of the years before Dichtbij are taken over from the previous systems (docs/decisions/0021); the demo was their only source.
update voorziening set bron = 'OVERGENOMEN' where bron = 'DEMO';
