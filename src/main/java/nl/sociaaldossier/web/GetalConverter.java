package nl.sociaaldossier.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/** A number as Dutch users type it: "1.234,5" or "1234,5" or "12". */
@FacesConverter("nl.sociaaldossier.Getal")
public class GetalConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String schoon = tekst.strip().replace(" ", "");
        if (schoon.contains(",")) {
            schoon = schoon.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(schoon);
        } catch (NumberFormatException e) {
            throw new ConverterException("Vul een getal in, bijvoorbeeld 1234 of 12,5.", e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal waarde) {
        return waarde == null ? "" : waarde.toPlainString().replace('.', ',');
    }
}
