package nl.sociaaldossier.it;

import java.sql.SQLException;

/** The staff records of the run-as test users (their team decides what they may see). */
final class Medewerkers {

    private Medewerkers() {
    }

    static void voegToe(Sql sql) throws SQLException {
        sql.voerUit("""
                insert into medewerker (gebruikersnaam, naam, functie_code, team_id) values
                 ('arquillian-intaker', 'Test Intaker', 'intaker', (select id from team where naam = 'Wijkteam 1')),
                 ('arquillian-teamcoach', 'Test Teamcoach', 'gezinscoach', (select id from team where naam = 'Wijkteam 1')),
                 ('arquillian-dubbel', 'Test Coach en Controller', 'gezinscoach', (select id from team where naam = 'Wijkteam 1')),
                 ('arquillian-coach', 'Test Coach', 'gezinscoach', (select id from team where naam = 'Wijkteam 2')),
                 ('arquillian-intaker2', 'Test Intaker Twee', 'intaker', (select id from team where naam = 'Wijkteam 2')),
                 ('arquillian-procesmanager', 'Test Procesmanager', 'procesmanager',
                    (select id from team where naam = 'Procesmanagers (team Zorg en Veiligheid)'))
                on conflict do nothing""");
    }
}
