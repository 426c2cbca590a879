package nl.sociaaldossier.indicators.query;

import java.io.Serializable;

/** The wijk and team a rollup is limited to; null is all. */
public record Filter(Long wijk, Long team) implements Serializable {

    public static final Filter ALLES = new Filter(null, null);

    public boolean isLeeg() {
        return wijk == null && team == null;
    }
}
