package nl.sociaaldossier.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import nl.sociaaldossier.shared.infrastructure.Storing;

/** The error page: a passing database outage is told as such (try again), anything else as a fault. */
@Named
@RequestScoped
public class FoutView {

    @Inject
    private HttpServletRequest request;

    public boolean isDatabaseOnbereikbaar() {
        return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable fout && Storing.isDatabaseOnbereikbaar(fout);
    }
}
