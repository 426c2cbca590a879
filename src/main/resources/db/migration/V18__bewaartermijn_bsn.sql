-- The retention term replaces an anonymised member's BSN by its member number (000000001, ...): no BSN (it
-- fails the elfproef), and the same in every anonymised household. V13 made the BSN unique over all
-- members, so the second anonymised household with a member 1 broke the retention run. The uniqueness
-- now holds for the members that are not anonymised; lookups by BSN keep an index of their own.
drop index gezinslid_bsn_uniek;
create unique index gezinslid_bsn_uniek on gezinslid (bsn) where voornaam <> '(geanonimiseerd)';
create index gezinslid_bsn on gezinslid (bsn);
