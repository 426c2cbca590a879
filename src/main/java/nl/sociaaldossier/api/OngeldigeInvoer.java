package nl.sociaaldossier.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bad input found by Bean Validation in a service: 400 with the Dutch message per field, as
 * {@link Problemen} writes it. A mapper of its own, because the JAX-RS implementation has a more
 * specific one for validation errors (an HTML page without the fields) that would win over Throwable.
 */
@Provider
public class OngeldigeInvoer implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException fout) {
        return new Problemen().toResponse(fout);
    }
}
