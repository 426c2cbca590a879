package nl.sociaaldossier.casus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sociaaldossier.casus.application.Signaal;
import nl.sociaaldossier.casus.application.Werkvoorraad;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The start page's werkvoorraad: the signals of the user, one kind or all, paged in SQL. */
@Named
@ViewScoped
public class WerkvoorraadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Werkvoorraad werkvoorraad;

    private Signaal.Soort soort;
    private Map<Signaal.Soort, Integer> tellingen;
    private LocalDate vandaag;
    private final Signalen signalen = new Signalen();

    public void laad() {
        vandaag = werkvoorraad.vandaag();
        tellingen = werkvoorraad.tellingen(vandaag);
    }

    /** The lazy model of the table: count and page come from the database. */
    public final class Signalen extends LazyDataModel<Signaal> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return werkvoorraad.aantal(soort, vandaag);
        }

        @Override
        public List<Signaal> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return werkvoorraad.signalen(soort, vandaag, first, pageSize);
        }

        @Override
        public String getRowKey(Signaal s) {
            return s.soort() + ":" + s.casusId() + ":" + s.meldingId() + ":" + s.datum() + ":" + s.wat().hashCode();
        }
    }

    public List<Signaal.Soort> getSoorten() {
        return List.of(Signaal.Soort.values());
    }

    public int aantal(Signaal.Soort welk) {
        return tellingen == null ? 0 : tellingen.getOrDefault(welk, 0);
    }

    public int getTotaal() {
        return tellingen == null ? 0 : tellingen.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Signalen getSignalen() {
        return signalen;
    }

    public Signaal.Soort getSoort() {
        return soort;
    }

    public void setSoort(Signaal.Soort soort) {
        this.soort = soort;
    }
}
