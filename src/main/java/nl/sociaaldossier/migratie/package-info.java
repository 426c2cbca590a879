/**
 * The migration import: a registration from the municipality's previous system, in one documented and
 * versioned JSON format (docs/importformaat.md), taken over all or nothing per file, idempotent (the
 * source's ids are kept in import_herkomst), checked by the same rules as the screens, and logged per
 * household in the Logboek. Depends on household (the BSN rule), logboek, security and shared; nothing
 * depends on it but the API.
 */
package nl.sociaaldossier.migratie;
