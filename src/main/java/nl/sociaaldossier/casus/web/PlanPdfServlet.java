package nl.sociaaldossier.casus.web;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import nl.sociaaldossier.casus.application.CasusDossier;
import nl.sociaaldossier.casus.application.CasusService;
import nl.sociaaldossier.shared.domain.DomainException;

/**
 * Downloads the plan for the family of a casus ({@code /casus/plan.pdf?id=N}). Only for who may see
 * the dossier (page area /casus/* and the service's own check, refusals logged); each download is
 * logged as the processing "Plan voor het gezin afdrukken". Never cached.
 */
@WebServlet("/casus/plan.pdf")
public class PlanPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasusService casusService;
    @Inject
    private Clock klok;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Long id;
        try {
            id = Long.valueOf(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CasusDossier dossier;
        try {
            dossier = casusService.planVoorHetGezin(id);
        } catch (DomainException | EJBException e) {
            Throwable oorzaak = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(oorzaak instanceof DomainException ? oorzaak.getMessage() : "U heeft geen toegang tot dit dossier.");
            return;
        }
        byte[] pdf = PlanVoorHetGezin.pdf(dossier, LocalDate.now(klok));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"plan-voor-het-gezin.pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
