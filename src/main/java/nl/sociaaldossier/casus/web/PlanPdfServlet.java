package nl.sociaaldossier.casus.web;

import jakarta.ejb.EJBAccessException;
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
import nl.sociaaldossier.logboek.Weigeringen;
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
    @Inject
    private Weigeringen weigeringen;

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
        } catch (EJBAccessException rol) {
            weigeringen.log(request.getServletPath(), "handeling niet voor deze rol"); // the container refused: the service never saw it
            weiger(response, CasusService.GEEN_TOEGANG);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof DomainException regel) {
                weiger(response, regel.getMessage());
                return;
            }
            throw e; // not a refusal (the database gone, a bug): the error page, not "geen toegang"
        } catch (DomainException regel) {
            weiger(response, regel.getMessage());
            return;
        }
        byte[] pdf = PlanVoorHetGezin.pdf(dossier, LocalDate.now(klok));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"plan-voor-het-gezin.pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /** A refusal (already logged by the service, or above) in the user's words. */
    private static void weiger(HttpServletResponse response, String waarom) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(waarom);
    }
}
