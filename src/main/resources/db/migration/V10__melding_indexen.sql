-- Meldingen for the indicators from the index alone: per date (4.1.1, 2.3.1) and per household by date (4.1.2).
drop index melding_datum;
create index melding_datum on melding (meldingsdatum) include (huishouden_id, voorziening_id, leefgebied_code, casus_id);
drop index melding_huishouden;
create index melding_huishouden on melding (huishouden_id, meldingsdatum);
