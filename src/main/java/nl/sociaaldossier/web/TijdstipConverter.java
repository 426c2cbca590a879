package nl.sociaaldossier.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.sociaaldossier.shared.infrastructure.Klok;

/** Shows a moment (Instant) as Dutch local time, "25-11-2026 14:05". Display only. */
@FacesConverter("tijdstip")
public class TijdstipConverter implements Converter<Instant> {

    private static final DateTimeFormatter FORMAAT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(Klok.NEDERLAND);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("tijdstip is for display only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAAT.format(value);
    }
}
