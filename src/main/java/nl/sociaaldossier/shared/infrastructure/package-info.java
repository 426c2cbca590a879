/** Technical plumbing shared by all parts: the datasource, schema migrations, the clock, the status check. */
package nl.sociaaldossier.shared.infrastructure;
