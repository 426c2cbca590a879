/**
 * Reference data that casework and referrals both use: voorzieningen with their stable codes,
 * aanbieders. Depends on nothing of the app's own parts but shared; casus and referral depend on it,
 * so that they no longer depend on each other through it.
 */
package nl.sociaaldossier.catalogus;
