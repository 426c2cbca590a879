package nl.sociaaldossier.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import nl.sociaaldossier.shared.domain.Tekst;

/**
 * Every text field of every form (Faces applies it to all inputs bound to a String): refuses
 * control and bidirectional override characters, and a text longer than the field's maxlength (or
 * {@link Tekst#MAXIMUM}), with a Dutch message at the field. The browser's maxlength alone does not
 * hold against a crafted request, and the database would refuse too long a value with an error page.
 */
@FacesConverter(forClass = String.class)
public class TekstConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null) {
            return null;
        }
        if (Tekst.bevatStuurtekens(value)) {
            throw Veldfout.van(Tekst.STUURTEKENS);
        }
        Object maxlength = component.getAttributes().get("maxlength");
        int maximum = maxlength instanceof Integer m && m > 0 ? Math.min(m, Tekst.MAXIMUM) : Tekst.MAXIMUM;
        String teLang = Tekst.teLang(value, maximum);
        if (teLang != null) {
            throw Veldfout.van(teLang);
        }
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value;
    }
}
