-- Covering indexes for the indicator rollups: per voorziening by the step date, with what the
-- indicators count and group by, so that PostgreSQL can read the referrals of a period from the
-- index alone (index-only scans, once autovacuum has marked the table's pages all-visible).
drop index verwijzing_voorziening_start;
drop index verwijzing_voorziening_besluit;
drop index verwijzing_voorziening_aanvraag;
create index verwijzing_voorziening_start on verwijzing (voorziening_id, gestart_op)
    include (beeindigd_op, client_id, casus_id, aanbieder_id, verwijzer_id, contractsoort, doorbraak, id);
create index verwijzing_voorziening_besluit on verwijzing (voorziening_id, besluit_op)
    include (status, client_id, casus_id, id);
create index verwijzing_voorziening_aanvraag on verwijzing (voorziening_id, aangevraagd_op)
    include (verwijzer_id, client_id, casus_id, id);
-- Zorg-8 asks per casus under which laws its maatwerk falls: from the index alone.
drop index verwijzing_casus;
create index verwijzing_casus on verwijzing (casus_id) include (voorziening_id);
