package nl.sociaaldossier.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number as Dutch users type it: "1.234,5", "1234,5" or "12"; a comma for decimals, dots only to
 * group thousands. Whatever could be read two ways or would be changed on storing is refused with
 * a message at the field instead: "1.5" (a decimal point?), more than two decimals (they would be
 * rounded), exponents such as 1e309, and numbers beyond what a figure holds (under a thousand billion).
 */
@FacesConverter("nl.sociaaldossier.Getal")
public class GetalConverter implements Converter<BigDecimal> {

    static final String ONGELDIG = "Vul een getal in, bijvoorbeeld 1234 of 12,5 (een komma voor decimalen).";
    static final String DECIMALEN = "Vul hoogstens twee decimalen in, bijvoorbeeld 12,25.";
    static final String TE_GROOT = "Dit getal is te groot: hoogstens 999.999.999.999,99.";
    private static final Pattern GETAL = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    private static final BigDecimal GRENS = new BigDecimal("1000000000000");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String tekst) {
        return lees(tekst);
    }

    /** The number in the text, null for empty; throws with a Dutch message otherwise. */
    static BigDecimal lees(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String schoon = tekst.strip().replace(" ", "");
        if (!GETAL.matcher(schoon).matches()) {
            throw Veldfout.van(ONGELDIG);
        }
        BigDecimal getal = new BigDecimal(schoon.replace(".", "").replace(',', '.'));
        if (getal.scale() > 2) {
            throw Veldfout.van(DECIMALEN);
        }
        if (getal.abs().compareTo(GRENS) >= 0) {
            throw Veldfout.van(TE_GROOT);
        }
        return getal;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal waarde) {
        return waarde == null ? "" : waarde.toPlainString().replace('.', ',');
    }
}
