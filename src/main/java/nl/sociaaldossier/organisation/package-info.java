/** The municipality's organisation as reference data: wijken, teams and referrers (verwijzers). */
package nl.sociaaldossier.organisation;
