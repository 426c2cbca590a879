package nl.sociaaldossier.casus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sociaaldossier.casus.application.CaseloadRegel;
import nl.sociaaldossier.casus.application.CasusService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * "Mijn caseload": the casussen the user works on, late items first, then the highest AVE level,
 * then the next deadline. Counted, sorted and paged in the database: every casus is reachable.
 */
@Named
@ViewScoped
public class CaseloadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasusService casusService;
    @Inject
    private Clock klok;

    private final Casussen casussen = new Casussen();

    /** The lazy model of the table. */
    public final class Casussen extends LazyDataModel<CaseloadRegel> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return casusService.aantalInCaseload();
        }

        @Override
        public List<CaseloadRegel> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return casusService.caseload(LocalDate.now(klok), first, pageSize);
        }

        @Override
        public String getRowKey(CaseloadRegel regel) {
            return String.valueOf(regel.id());
        }
    }

    public Casussen getCasussen() {
        return casussen;
    }
}
