package nl.sociaaldossier.referral.domain;

import nl.sociaaldossier.shared.domain.DomainException;

/**
 * The legal terms of a law as the beheerder keeps them (catalogue wettelijke_termijn): days for the
 * onderzoek after the melding (Wmo; none for other laws) and for the beschikking after the aanvraag.
 * A referral keeps the terms in force on the day it was asked for.
 */
public record Termijnregel(Integer onderzoekDagen, int beschikkingDagen) {

    /** Other laws without terms of their own: the Awb's reasonable term, at most eight weeks (art. 4:13). */
    public static final Termijnregel AWB = new Termijnregel(null, 56);
    /** Wmo 2015 art. 2.3.2 lid 9 and 2.3.5 lid 1: onderzoek within six weeks, beschikking within two. */
    public static final Termijnregel WMO = new Termijnregel(42, 14);

    public Termijnregel {
        DomainException.vereis(onderzoekDagen == null || onderzoekDagen > 0, "Een termijn duurt minstens één dag.");
        DomainException.vereis(beschikkingDagen > 0, "Een termijn duurt minstens één dag.");
    }

    /** The statutory terms of a law, for a referral made without the catalogue (tests, tools). */
    public static Termijnregel wettelijk(String wet) {
        return "Wmo".equals(wet) ? WMO : AWB;
    }

    /** A term as users read it: "6 weken", "1 week", "10 dagen" (the database's termijn_tekst says the same). */
    public static String tekst(int dagen) {
        if (dagen % 7 == 0) {
            return dagen / 7 + (dagen == 7 ? " week" : " weken");
        }
        return dagen + (dagen == 1 ? " dag" : " dagen");
    }
}
