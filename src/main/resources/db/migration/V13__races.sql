-- Invariants that two users at once could break, held by the database (not only checked in Java):
-- a person (BSN) belongs to one household. Two intakers registering the same BSN at the same moment
-- both pass the check in the service; this index lets one of them win.
drop index gezinslid_bsn;
create unique index gezinslid_bsn_uniek on gezinslid (bsn);
