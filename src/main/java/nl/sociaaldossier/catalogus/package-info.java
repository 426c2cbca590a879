/**
 * Reference data that casework and referrals both use: voorzieningen with their stable codes,
 * aanbieders, and the overview of every catalogue with its stable codes. Depends on no part of the
 * casework (only shared, security and the Logboek's annotations); casus and referral depend on it,
 * so that they no longer depend on each other through it.
 */
package nl.sociaaldossier.catalogus;
