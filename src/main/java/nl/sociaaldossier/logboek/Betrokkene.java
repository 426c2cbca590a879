package nl.sociaaldossier.logboek;

import java.util.List;

/**
 * The data subject of a log entry, pseudonymised: a household (the unit a dossier is about) by a
 * keyed hash of its id, with keyed hashes of its members' BSNs so that an inzageverzoek by BSN finds
 * it. {@code object} says what was processed ("casus:12", "melding:3").
 */
public record Betrokkene(String type, String id, List<String> bsns, String object) {

    public static final String HUISHOUDEN = "huishouden";
    public static final String ONBEKEND = "onbekend";

    /** An attempt on something that does not exist (or could not be read): no subject, only what was asked. */
    public static Betrokkene onbekend(String object) {
        return new Betrokkene(ONBEKEND, "-", List.of(), object);
    }
}
