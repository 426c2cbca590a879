package nl.sociaaldossier.indicators.query;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The wijk and team a rollup is limited to; null is all. */
public record Filter(Long wijk, Long team) implements Serializable {

    public static final Filter ALLES = new Filter(null, null);

    public boolean isLeeg() {
        return wijk == null && team == null;
    }

    /** The wider selections one filter less: their difference with this one must not reveal a small group. */
    public List<Filter> ruimer() {
        List<Filter> ruimer = new ArrayList<>();
        if (wijk != null) {
            ruimer.add(new Filter(null, team));
        }
        if (team != null) {
            ruimer.add(new Filter(wijk, null));
        }
        if (wijk != null && team != null) {
            ruimer.add(ALLES);
        }
        return ruimer;
    }
}
