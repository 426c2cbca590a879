package nl.sociaaldossier.casus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.sociaaldossier.casus.application.MeldingRegel;
import nl.sociaaldossier.casus.application.MeldingService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** "Mijn meldingen": the intaker's own meldingen, paged on the server. */
@Named
@ViewScoped
public class MijnMeldingenView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeldingService meldingService;

    private final LazyDataModel<MeldingRegel> meldingen = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(meldingService.aantalMijnMeldingen());
        }

        @Override
        public List<MeldingRegel> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return meldingService.mijnMeldingen(first, pageSize);
        }

    };

    public LazyDataModel<MeldingRegel> getMeldingen() {
        return meldingen;
    }
}
