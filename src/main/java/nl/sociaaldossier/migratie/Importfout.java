package nl.sociaaldossier.migratie;

/** A rejected field or record: where in the file (a JSON Pointer, RFC 6901) and why, in Dutch. */
public record Importfout(String pad, String reden) {
}
