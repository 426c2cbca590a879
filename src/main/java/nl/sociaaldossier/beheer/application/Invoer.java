package nl.sociaaldossier.beheer.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import nl.sociaaldossier.shared.domain.Datums;
import nl.sociaaldossier.shared.domain.Tekst;

/**
 * Reads what the beheerder typed for an entry into the values the database stores, field by field,
 * with a Dutch message at every field that breaks its rule. All fields are checked at once, so the
 * form shows every problem in one go; nothing is stored while one remains.
 */
final class Invoer {

    /** The stable code of a catalogue entry: lower case letters and digits, words joined by hyphens (V17). */
    static final String CODE_VORM = "^[a-z0-9]+(-[a-z0-9]+)*$";
    /** A Keycloak user name. */
    static final String GEBRUIKERSNAAM_VORM = "^[a-z0-9][a-z0-9._@-]{0,99}$";

    private Invoer() {
    }

    /**
     * The typed values of the fields of the catalogue, from the form's values by column.
     *
     * @param keuzes the allowed values of a choice field, by value (its label)
     */
    static Map<String, Object> lees(Catalogus catalogus, Map<String, ?> invoer, Function<Veld, Map<String, String>> keuzes) {
        Map<String, Object> waarden = new LinkedHashMap<>();
        Map<String, String> fouten = new LinkedHashMap<>();
        for (Veld veld : catalogus.velden()) {
            try {
                waarden.put(veld.kolom(), waarde(veld, invoer.get(veld.kolom()), keuzes));
            } catch (IllegalArgumentException e) {
                fouten.put(veld.kolom(), e.getMessage());
            }
        }
        LocalDate van = (LocalDate) waarden.get("geldig_van");
        LocalDate tot = (LocalDate) waarden.get("geldig_tot");
        if (van != null && tot != null && tot.isBefore(van)) {
            fouten.putIfAbsent("geldig_tot", "De laatste geldige dag ligt voor de eerste (" + Datums.tekst(van) + ").");
        }
        if (catalogus == Catalogus.CONTRACTEN && !fouten.containsKey("voorziening_id") && waarden.get("soort") != null
                && "MAATWERKCONTRACT".equals(waarden.get("soort")) != (waarden.get("voorziening_id") != null)) {
            fouten.put("voorziening_id", "MAATWERKCONTRACT".equals(waarden.get("soort"))
                    ? "Kies de voorziening van het maatwerkcontract." : "Een raamcontract geldt voor de hele wet: laat de voorziening leeg.");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeVelden(fouten);
        }
        return waarden;
    }

    /** The code typed for a new entry, or null when the database makes it. */
    static String code(Catalogus catalogus, Object invoer) {
        String code = invoer == null ? null : invoer.toString().strip();
        if (code == null || code.isEmpty()) {
            if (catalogus.codeInvoer() == Catalogus.CodeInvoer.VERPLICHT) {
                throw OngeldigeVelden.bij("code", catalogus == Catalogus.MEDEWERKERS ? "Vul de gebruikersnaam in (zoals in Keycloak)." : "Vul de code in.");
            }
            return null;
        }
        if (catalogus == Catalogus.MEDEWERKERS) {
            if (!code.matches(GEBRUIKERSNAAM_VORM)) {
                throw OngeldigeVelden.bij("code", "Een gebruikersnaam bestaat uit kleine letters, cijfers en . _ @ - (zoals in Keycloak).");
            }
        } else if (!code.matches(CODE_VORM) || code.length() > 80) {
            throw OngeldigeVelden.bij("code", "Een code bestaat uit kleine letters en cijfers, woorden gescheiden door een streepje (bijvoorbeeld 'wmo-2027').");
        }
        return code;
    }

    private static Object waarde(Veld veld, Object invoer, Function<Veld, Map<String, String>> keuzes) {
        String tekst = invoer == null || invoer instanceof LocalDate || invoer instanceof Boolean ? null : invoer.toString().strip();
        boolean leeg = invoer == null || (tekst != null && tekst.isEmpty());
        if (leeg) {
            if (veld.soort() == Veld.Soort.JA_NEE) {
                return Boolean.FALSE;
            }
            if (veld.verplicht()) {
                throw new IllegalArgumentException(veld.soort() == Veld.Soort.KEUZE || veld.soort() == Veld.Soort.VAST
                        ? veld.label() + ": kies uit de lijst." : veld.label() + " is verplicht.");
            }
            return null;
        }
        return switch (veld.soort()) {
            case TEKST, LANGE_TEKST -> {
                int maximum = veld.soort() == Veld.Soort.TEKST ? veld.maximum() : Math.min(veld.maximum(), Tekst.MAXIMUM);
                if (tekst.length() > maximum) {
                    throw new IllegalArgumentException(veld.label() + " is te lang: hoogstens " + maximum + " tekens, nu " + tekst.length() + ".");
                }
                if (veld.soort() == Veld.Soort.TEKST && tekst.contains("\n")) {
                    throw new IllegalArgumentException(veld.label() + " past op één regel.");
                }
                if (Tekst.bevatStuurtekens(tekst)) {
                    throw new IllegalArgumentException(Tekst.STUURTEKENS);
                }
                yield tekst;
            }
            case GETAL -> {
                int getal;
                try {
                    getal = invoer instanceof Number n ? n.intValue() : Integer.parseInt(tekst);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Vul bij " + veld.label().toLowerCase() + " een heel getal in.");
                }
                if (getal < veld.minimum() || getal > veld.maximum()) {
                    throw new IllegalArgumentException(veld.label() + " ligt tussen " + veld.minimum() + " en " + veld.maximum() + ".");
                }
                yield getal;
            }
            case JA_NEE -> invoer instanceof Boolean b ? b : Boolean.valueOf("true".equals(tekst) || "ja".equals(tekst));
            case KEUZE -> {
                if (!keuzes.apply(veld).containsKey(tekst)) {
                    throw new IllegalArgumentException(veld.label() + ": kies uit de lijst.");
                }
                yield veld.kolom().endsWith("_id") ? (Object) Long.valueOf(tekst) : tekst;
            }
            case VAST -> {
                if (!veld.vast().contains(tekst)) {
                    throw new IllegalArgumentException(veld.label() + ": kies uit de lijst.");
                }
                yield tekst;
            }
            case DATUM -> {
                if (invoer instanceof LocalDate datum) {
                    yield datum;
                }
                try {
                    yield LocalDate.parse(tekst, Datums.DATUM);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("Vul bij " + veld.label().toLowerCase() + " een datum in als 31-12-2026.");
                }
            }
        };
    }
}
