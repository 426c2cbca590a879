package nl.sociaaldossier.referral.application;

import nl.sociaaldossier.casus.application.Verwijzingsregel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldossier.referral.domain.Termijn;

/** A referral as the dossier shows it, with its legal terms and the steps that can come next. */
public record VerwijzingRegel(Long id, long versie, String client, String voorziening, String vorm, String wetOfDomein, boolean maatwerk, String aanbieder,
                              String contractsoort, String verwijzer, boolean doorbraak, String status, boolean opgeschort,
                              LocalDate aangevraagdOp, LocalDate besluitOp, LocalDate gestartOp, LocalDate beeindigdOp,
                              String toelichting, List<Termijn> termijnen, boolean teLaat, List<String> stappen,
                              List<Stap> tijdlijn, String voorzieningCode, String aanbiederCode, String verwijzerCode)
        implements Verwijzingsregel {

    @Override
    public List<Verwijzingsregel.OpenTermijn> openTermijnen() {
        return termijnen.stream().filter(t -> !t.isVoldaan()).map(t -> new Verwijzingsregel.OpenTermijn(t.naam(), t.uiterlijk())).toList();
    }

    /** One step on the referral's timeline: what, on which date, by whom (null when not recorded), days and reason where given. */
    public record Stap(String gebeurtenis, LocalDate datum, Integer dagen, String toelichting, String door) implements Serializable {
    }
}
