/** Referrals (verwijzingen) and the catalogue of voorzieningen they refer to. */
package nl.sociaaldossier.referral;
