/**
 * Running the app in production: MicroProfile Health (live, ready), Metrics (time per page,
 * database connections, logins, Logboek writes), the structured request log with the Logboek's
 * trace id, and the refusal to start in production mode with local secrets.
 */
package nl.sociaaldossier.operations;
