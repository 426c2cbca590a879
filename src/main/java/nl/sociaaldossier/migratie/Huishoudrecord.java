package nl.sociaaldossier.migratie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One household of an import file, checked: everything the tables need, with the original ids of the
 * old system ({@code bronId}) and the SHA-256 of its record ({@code inhoud}), which tells a later
 * import whether it changed.
 */
record Huishoudrecord(String bronId, String inhoud, String straat, String huisnummer, String postcode, String woonplaats,
                      long wijkId, Instant aangemaaktOp, List<Lid> leden, List<Melding> meldingen, List<Casus> casussen) {

    record Lid(String bronId, int volgnummer, String voornaam, String achternaam, LocalDate geboortedatum, String bsn) {
    }

    record Melding(String bronId, long verwijzerId, String hulpvraag, Long voorzieningId, String leefgebied, String status,
                   LocalDate meldingsdatum, LocalDate afgehandeldOp, String toelichting, String casusBronId, String door,
                   Instant op) {
    }

    record Casus(String bronId, long teamId, String status, int episode, String regisseur, String procesmanager, int aveNiveau,
                 String regieBij, boolean veiligheidsrisico, String veiligheidToelichting, Instant geopendOp, String geopendDoor,
                 Instant afgeslotenOp, String afsluitreden, LocalDate volgendeEvaluatie, List<Analyse> analyse,
                 List<Planversie> planversies, List<Doel> doelen, List<Ave> ave, List<Verslag> verslagen,
                 List<Verwijzing> verwijzingen) {

        int planversie() {
            return planversies.stream().mapToInt(Planversie::versie).max().orElse(0);
        }
    }

    record Analyse(String leefgebied, int score, String verklaring) {
    }

    record Planversie(int versie, String omschrijving, String door, Instant op) {
    }

    record Doel(String leefgebied, String omschrijving, String uitkomst, List<Actie> acties) {
    }

    record Actie(String omschrijving, String eigenaar, LocalDate deadline, LocalDate afgerondOp) {
    }

    record Ave(Integer van, int naar, String regieBij, String reden, String door, Instant op) {
    }

    record Verslag(String soort, LocalDate datum, String tekst, String door, Instant op) {
    }

    record Verwijzing(String bronId, String clientBronId, long voorzieningId, String vorm, Long aanbiederId, String contractsoort,
                      long verwijzerId, boolean doorbraak, String status, LocalDate meldingsdatum, LocalDate aangevraagdOp,
                      LocalDate onderzoekAfgerondOp, LocalDate besluitOp, LocalDate gestartOp, LocalDate beeindigdOp,
                      LocalDate ingetrokkenOp, LocalDate opgeschortVanaf, int opgeschorteDagen, int verlengdDagen, String toelichting,
                      String door, Instant op, List<Stap> stappen) {
    }

    record Stap(String gebeurtenis, LocalDate datum, Integer dagen, String toelichting, String door) {
    }
}
