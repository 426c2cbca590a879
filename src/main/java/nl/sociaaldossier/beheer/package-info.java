/**
 * Beheer: the beheerder maintains the catalogues in the app (voorzieningen, aanbieders, contracts,
 * wijken, teams, functions and staff, verwijzers, leefgebieden, AVE levels, legal terms, the register
 * of verwerkingsactiviteiten): list, search, add, change and end, with the history of every change.
 * Works on the catalogue tables only; depends on no part of the casework (shared, security and the
 * Logboek's annotations). The parts that use the catalogues read them fresh on every request.
 */
package nl.sociaaldossier.beheer;
