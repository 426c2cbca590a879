/**
 * Prestatie-indicatoren of the Actieplan: the catalogue organised by the doelenboom, and (to come)
 * rollups computed by the database from the registration. Read side only: never a dossier.
 */
package nl.sociaaldossier.indicators;
