package nl.sociaaldossier.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.sociaaldossier.shared.domain.Datums;

/**
 * A date as typed: dd-mm-jjjj, strictly. 31-02-1980 is refused with a message at the field instead
 * of silently becoming 29-02-1980 (what a lenient parser does). Also 1-3-1980 is read as 01-03-1980.
 */
@FacesConverter("datum")
public class DatumConverter implements Converter<LocalDate> {

    public static final String ONGELDIG = "Deze datum bestaat niet of is niet als dd-mm-jjjj geschreven (bijvoorbeeld 28-02-1980).";

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        return lees(value);
    }

    /** The date in the text, null for empty; throws with a Dutch message for a date that does not exist. */
    public static LocalDate lees(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] delen = value.strip().split("[-./]");
        if (delen.length != 3 || delen[2].length() != 4) {
            throw ongeldig();
        }
        try {
            return LocalDate.parse(twee(delen[0]) + "-" + twee(delen[1]) + "-" + delen[2], Datums.DATUM);
        } catch (DateTimeParseException e) {
            throw ongeldig();
        }
    }

    private static String twee(String deel) {
        return deel.length() == 1 ? "0" + deel : deel;
    }

    private static ConverterException ongeldig() {
        return Veldfout.van(ONGELDIG);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return Datums.tekst(value);
    }
}
