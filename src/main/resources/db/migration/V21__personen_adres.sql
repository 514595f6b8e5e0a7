-- module personen: find a household by postcode and house number (partner files name addresses).
create index huishouden_postcode_huisnummer on huishouden (gemeente_code, postcode, huisnummer);
