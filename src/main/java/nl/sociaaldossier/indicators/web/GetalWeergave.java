package nl.sociaaldossier.indicators.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import nl.sociaaldossier.indicators.query.Onderdrukking;

/** Shows a cell of the indicator table the Dutch way: 1.400 and 12,5 (never 1.4E+3); text as it is. Display only. */
@FacesConverter("indicatorGetal")
public class GetalWeergave implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("indicatorGetal is for display only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value instanceof BigDecimal getal) {
            return Onderdrukking.opmaak(getal);
        }
        return value == null ? "" : value.toString();
    }
}
