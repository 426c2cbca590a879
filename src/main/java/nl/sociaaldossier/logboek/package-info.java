/**
 * The Logboek dataverwerkingen (Logius standard): every read and change of personal data as one
 * entry per data subject (a household), with trace and span id, the processing activity from the
 * register of verwerkingsactiviteiten, the pseudonymised subject (keyed hashes of the BSNs), status,
 * start and end. Append-only: the app's database role may insert, not update or delete. The privacy
 * officer searches it and answers an inzageverzoek (AVG art. 15) from it.
 */
package nl.sociaaldossier.logboek;
