package nl.sociaaldossier.it;

import java.sql.SQLException;

/** The staff records of the run-as test users (their team decides what they may see). */
final class Medewerkers {

    private Medewerkers() {
    }

    static void voegToe(Sql sql) throws SQLException {
        sql.voerUit("""
                insert into medewerker (gebruikersnaam, naam, functie, team_id) values
                 ('arquillian-intaker', 'Test Intaker', 'Intaker', (select id from team where naam = 'Wijkteam 1')),
                 ('arquillian-teamcoach', 'Test Teamcoach', 'Gezinscoach', (select id from team where naam = 'Wijkteam 1')),
                 ('arquillian-dubbel', 'Test Coach en Controller', 'Gezinscoach', (select id from team where naam = 'Wijkteam 1')),
                 ('arquillian-coach', 'Test Coach', 'Gezinscoach', (select id from team where naam = 'Wijkteam 2')),
                 ('arquillian-intaker2', 'Test Intaker Twee', 'Intaker', (select id from team where naam = 'Wijkteam 2')),
                 ('arquillian-procesmanager', 'Test Procesmanager', 'Procesmanager',
                    (select id from team where naam = 'Procesmanagers (team Zorg en Veiligheid)'))
                on conflict do nothing""");
    }
}
