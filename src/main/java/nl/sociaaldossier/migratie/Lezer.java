package nl.sociaaldossier.migratie;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields of one object of an import file, each by its JSON Pointer (RFC 6901) in the file:
 * a missing, mistyped or invalid field becomes an {@link Importfout} with that path and a Dutch reason,
 * and reading goes on, so one pass reports every fault of the record.
 */
final class Lezer {

    private final JsonObject object;
    private final String pad;
    private final List<Importfout> fouten;

    Lezer(JsonObject object, String pad, List<Importfout> fouten) {
        this.object = object;
        this.pad = pad;
        this.fouten = fouten;
    }

    String pad() {
        return pad;
    }

    String pad(String veld) {
        return pad + "/" + veld;
    }

    void fout(String veld, String reden) {
        fouten.add(new Importfout(veld == null ? pad : pad(veld), reden));
    }

    boolean heeft(String veld) {
        return object.containsKey(veld) && object.get(veld).getValueType() != JsonValue.ValueType.NULL;
    }

    /** A text of at most {@code max} characters; null (and a fault when required) when absent. */
    String tekst(String veld, int max, boolean verplicht) {
        if (!heeft(veld)) {
            if (verplicht) {
                fout(veld, "ontbreekt");
            }
            return null;
        }
        if (!(object.get(veld) instanceof JsonString s)) {
            fout(veld, "moet tekst zijn");
            return null;
        }
        String t = s.getString().strip();
        if (t.isEmpty() && verplicht) {
            fout(veld, "is leeg");
            return null;
        }
        if (t.length() > max) {
            fout(veld, "is langer dan " + max + " tekens");
            return null;
        }
        return t.isEmpty() ? null : t;
    }

    /** One of the allowed values (a code of a catalogue or an enumeration). */
    String keuze(String veld, Set<String> toegestaan, boolean verplicht) {
        String t = tekst(veld, 200, verplicht);
        if (t != null && !toegestaan.contains(t)) {
            fout(veld, "onbekende waarde '" + t + "'" + (toegestaan.size() <= 12 ? "; kies uit " + String.join(", ", toegestaan.stream().sorted().toList()) : ""));
            return null;
        }
        return t;
    }

    /** The id a catalogue gives a name, or null with a fault when the name is unknown. */
    Long naarId(String veld, Map<String, Long> catalogus, String wat, boolean verplicht) {
        String t = tekst(veld, 200, verplicht);
        if (t == null) {
            return null;
        }
        Long id = catalogus.get(t);
        if (id == null) {
            fout(veld, "onbekende " + wat + " '" + t + "'");
        }
        return id;
    }

    /** A calendar date (yyyy-mm-dd), not in the future. */
    LocalDate datum(String veld, boolean verplicht, LocalDate vandaag) {
        String t = tekst(veld, 10, verplicht);
        if (t == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(t);
            if (d.isAfter(vandaag)) {
                fout(veld, "ligt in de toekomst");
                return null;
            }
            if (d.getYear() < 1900) {
                fout(veld, "ligt voor 1900");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            fout(veld, "is geen datum (jjjj-mm-dd)");
            return null;
        }
    }

    /** A moment with its offset (ISO 8601, e.g. 2024-03-01T09:30:00+01:00), not in the future. */
    Instant tijdstip(String veld, boolean verplicht, Instant nu) {
        String t = tekst(veld, 40, verplicht);
        if (t == null) {
            return null;
        }
        try {
            Instant i = OffsetDateTime.parse(t).toInstant();
            if (i.isAfter(nu)) {
                fout(veld, "ligt in de toekomst");
                return null;
            }
            return i;
        } catch (DateTimeParseException e) {
            fout(veld, "is geen tijdstip met tijdzone (bijvoorbeeld 2024-03-01T09:30:00+01:00)");
            return null;
        }
    }

    Integer getal(String veld, int min, int max, boolean verplicht) {
        if (!heeft(veld)) {
            if (verplicht) {
                fout(veld, "ontbreekt");
            }
            return null;
        }
        if (!(object.get(veld) instanceof JsonNumber n) || !n.isIntegral()) {
            fout(veld, "moet een geheel getal zijn");
            return null;
        }
        long w = n.longValue();
        if (w < min || w > max) {
            fout(veld, "moet van " + min + " tot en met " + max + " zijn");
            return null;
        }
        return (int) w;
    }

    boolean waarOnwaar(String veld) {
        if (!heeft(veld)) {
            return false;
        }
        JsonValue v = object.get(veld);
        if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
            fout(veld, "moet true of false zijn");
            return false;
        }
        return v == JsonValue.TRUE;
    }

    /** A list of objects, each with its own reader; an absent list is empty. */
    List<Lezer> lijst(String veld, boolean verplicht) {
        if (!heeft(veld)) {
            if (verplicht) {
                fout(veld, "ontbreekt");
            }
            return List.of();
        }
        if (!(object.get(veld) instanceof JsonArray a)) {
            fout(veld, "moet een lijst zijn");
            return List.of();
        }
        java.util.ArrayList<Lezer> lezers = new java.util.ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) instanceof JsonObject o) {
                lezers.add(new Lezer(o, pad(veld) + "/" + i, fouten));
            } else {
                fouten.add(new Importfout(pad(veld) + "/" + i, "moet een object zijn"));
            }
        }
        return lezers;
    }

    /** A nested object, or null (with a fault when required). */
    Lezer object(String veld, boolean verplicht) {
        if (!heeft(veld)) {
            if (verplicht) {
                fout(veld, "ontbreekt");
            }
            return null;
        }
        if (!(object.get(veld) instanceof JsonObject o)) {
            fout(veld, "moet een object zijn");
            return null;
        }
        return new Lezer(o, pad(veld), fouten);
    }
}
