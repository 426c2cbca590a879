package nl.sociaaldossier.casus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.sociaaldossier.casus.application.CaseloadRegel;
import nl.sociaaldossier.casus.application.CasusService;

/** "Mijn caseload": the casussen the user works on, highest AVE level first. */
@Named
@ViewScoped
public class CaseloadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasusService casusService;

    private List<CaseloadRegel> casussen;

    public void laad() {
        casussen = casusService.mijnCaseload();
    }

    public List<CaseloadRegel> getCasussen() {
        return casussen;
    }
}
