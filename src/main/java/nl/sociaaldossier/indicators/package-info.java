/**
 * Prestatie-indicatoren of the Actieplan and the kaartenboek: the catalogue by the doelenboom; the
 * registration indicators derived in one place ({@code query.Afleidingen}) and counted by
 * PostgreSQL ({@code query.Rollup}, spread over connections by {@code query.ParalleleRollup});
 * suppression of small numbers ({@code query.Onderdrukking}) before anything leaves the service;
 * external values, 0-metingen and streefwaarden ({@code domain}, {@code application}); the
 * drill-down to casussen for dossier roles, logged as dossier access; dashboard, detail page and
 * exports ({@code web}). Never a dossier for the businesscontroller.
 */
package nl.sociaaldossier.indicators;
