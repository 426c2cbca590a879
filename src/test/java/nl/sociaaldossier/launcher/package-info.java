/**
 * Starts Sociaal Dossier with real parts on one machine: an embedded PostgreSQL, a Keycloak server
 * and Payara Micro with the built WAR. Used by the README's run command ({@link Launcher}) and by
 * the tests, so tests start the app the way a person does.
 */
package nl.sociaaldossier.launcher;
