/** Households (huishoudens) and their members (gezinsleden), identified by BSN. */
package nl.sociaaldossier.household;
