package nl.sociaaldossier.casus.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the dossier page shows of a casus, and what the user may do there. */
public record CasusDossier(Long id, long versie, String status, boolean open, boolean inAnalyse, int episode,
                           String adres, String wijk, String team, String teamTelefoon, List<Lid> leden, List<MeldingKort> meldingen,
                           List<Analyse> analyse, boolean meervoudig, String regisseur, String regiehouder,
                           int aveNiveau, String aveNaam, boolean opgeschaald, boolean wachtOpProcesmanager, boolean veiligheidsrisico,
                           String veiligheidToelichting, String afsluitreden, LocalDate planDeadline, List<AveStap> aveHistorie,
                           List<Gebeurtenis> geschiedenis, List<VerslagRegel> verslagen, Plan plan, CasusRechten rechten) implements Serializable {

    public record Lid(Long id, String naam, LocalDate geboortedatum, String bsn) implements Serializable {
    }

    public record MeldingKort(LocalDate datum, String verwijzer, String onderwerp, String hulpvraag) implements Serializable {
    }

    public record Analyse(String code, String leefgebied, int score, String verklaring) implements Serializable {
    }

    public record AveStap(Instant op, Integer van, int naar, String regieBij, String reden, String door) implements Serializable {
    }

    public record Plan(int versie, LocalDate volgendeEvaluatie, List<DoelRegel> doelen, List<Versie> versies) implements Serializable {
    }

    public record DoelRegel(Long id, String leefgebied, String omschrijving, String uitkomst, List<ActieRegel> acties) implements Serializable {
    }

    public record ActieRegel(Long id, String omschrijving, String eigenaar, LocalDate deadline, LocalDate afgerondOp) implements Serializable {
    }

    public record Versie(int versie, String omschrijving, String door, Instant op) implements Serializable {
    }

    public record VerslagRegel(String soort, LocalDate datum, String tekst, String door) implements Serializable {
    }

    public record Gebeurtenis(Instant op, int episode, String omschrijving, String door) implements Serializable {
    }
}
