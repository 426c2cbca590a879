package nl.sociaaldossier.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.convert.ConverterException;

/** A converter's refusal with its Dutch message at the field (a bare ConverterException shows Faces' English default). */
final class Veldfout {

    private Veldfout() {
    }

    static ConverterException van(String melding) {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, melding, null));
    }
}
