-- Demo data: a living caseload for people trying the app (run command only: demo.data=true).
-- Fictitious households across the wijken; BSNs are generated to pass the elfproef.
-- Runs once: it does nothing when the demo data is already there.
do $$
declare
    achternamen text[] := array['de Vries','Jansen','Bakker','Visser','Smit','Meijer','de Boer','Mulder','de Groot','Bos',
                                'Vos','Peters','Hendriks','van Dijk','Dekker','Brouwer','de Wit','Dijkstra','Smits','Kok',
                                'Yilmaz','Kaya','El Amrani','Nguyen','Haddou','Öztürk','Tahiri','Wouters'];
    voornamen_v text[] := array['Anouk','Fatma','Lisa','Sanne','Samira','Ilse','Mirjam','Esra','Naima','Petra'];
    voornamen_k text[] := array['Daan','Noah','Emma','Sem','Julia','Milan','Zoë','Yusuf','Lina','Finn'];
    straten text[] := array['Grotestraat','Wierdensestraat','Bornsestraat','Ootmarsumsestraat','Schuttenstraat',
                            'Boddenkampstraat','Violierstraat','Hofkampstraat','Windmolenbroeksweg','Sluiskade'];
    verhalen text[] := array['Huurachterstand en aanmaningen van de energieleverancier',
                             'Zoon verzuimt veel van school; moeder overbelast',
                             'Vader kwijtgeraakt werk, schulden lopen op',
                             'Eenzaamheid na overlijden partner, redt het huishouden niet meer',
                             'Zorgen van de huisarts over psychische klachten en isolement',
                             'Spanningen thuis, school meldt signalen bij dochter',
                             'Mantelzorger dreigt overbelast te raken',
                             'Dreigende huisuitzetting na melding verhuurder'];
    lg text[] := array['financien','opvoeding','werk-en-opleiding','sociaal-netwerk','geestelijke-gezondheid','huisvesting','huiselijke-relaties'];
    i int; j int; k int; h bigint; m bigint; c bigint; bsn bigint; s int; wijk_id bigint; team_id bigint; ave int;
    dag timestamptz; coach text; pm text;
begin
    if exists (select 1 from melding where geregistreerd_door = 'demo') then
        return;
    end if;
    for i in 1..28 loop
        select w.id, w.team_id into wijk_id, team_id from wijk w order by w.id offset ((i - 1) % 12) limit 1;
        dag := now() - make_interval(days => 3 + i * 5);
        insert into huishouden (version, straat, huisnummer, postcode, woonplaats, wijk_id, aangemaakt_op)
        values (1, straten[1 + i % 10], (10 + i)::text, (7600 + i)::text || ' ' || chr(65 + i % 26) || chr(66 + i % 24), 'Almelo', wijk_id, dag)
        returning id into h;
        for j in 1..(1 + i % 3) loop
            -- eight digits, then the ninth that makes the elfproef hold: (9*d1 + ... + 2*d8 - d9) % 11 = 0
            bsn := (i * 7919 + j * 104729) % 100000000;
            loop
                s := 0;
                for k in 0..7 loop
                    s := s + (9 - k) * ((bsn / (10 ^ (7 - k))::bigint) % 10)::int;
                end loop;
                exit when s % 11 <> 10;
                bsn := bsn + 1;
            end loop;
            insert into gezinslid (huishouden_id, volgnummer, voornaam, achternaam, geboortedatum, bsn)
            values (h, j,
                    case when j = 1 then voornamen_v[1 + i % 10] else voornamen_k[1 + (i + j) % 10] end,
                    achternamen[1 + (i - 1) % 28],
                    case when j = 1 then date '1970-01-01' + (i * 397) % 9000 else date '2008-01-01' + (i * j * 211) % 5500 end,
                    lpad((bsn * 10 + (s % 11))::text, 9, '0'));
        end loop;
        insert into melding (version, huishouden_id, verwijzer_id, hulpvraag, voorziening_id, leefgebied_code, status,
                             meldingsdatum, geregistreerd_door, geregistreerd_op)
        values (1, h, (select id from verwijzer order by id offset (i % 11) limit 1), verhalen[1 + i % 8], null,
                lg[1 + i % 7], 'NIEUW', (dag at time zone 'Europe/Amsterdam')::date, 'demo', dag)
        returning id into m;
        continue when i % 4 = 0;  -- some meldingen wait for the intaker
        if i % 7 = 3 then
            update melding set status = 'OPGELOST', afhandeling_toelichting = 'Advies gegeven; doorverwezen naar de Wijkkamer' where id = m;
            continue;
        end if;
        ave := case when i % 9 = 0 then 4 when i % 6 = 0 then 3 when i % 2 = 0 then 2 else 1 end;
        coach := case when team_id = (select id from team where naam = 'Wijkteam 1') then 'coach'
                      when team_id = (select id from team where naam = 'Wijkteam 2') then 'coach2' end;
        pm := case when ave = 4 and i % 2 = 0 then 'procesmanager' end;
        insert into casus (version, huishouden_id, team_id, status, episode, regisseur, procesmanager, ave_niveau, regie_bij,
                           veiligheidsrisico, veiligheid_toelichting, geopend_op, geopend_door)
        values (1, h, team_id, case when ave >= 2 and coach is not null then 'IN_UITVOERING' else 'IN_ANALYSE' end, 1,
                case when ave >= 2 then coach end, pm, ave,
                case when ave = 4 then 'PROCESMANAGER' when ave = 3 then 'SPOEDTEAM' else 'WIJKTEAM' end,
                ave = 4, case when ave = 4 then 'Signalen van huiselijk geweld (Veilig Thuis)' end,
                dag + interval '1 day', 'intaker')
        returning id into c;
        update melding set status = 'CASUS', casus_id = c where id = m;
        insert into analyse_leefgebied (casus_id, leefgebied_code, score, verklaring)
        values (c, lg[1 + i % 7], 2, verhalen[1 + i % 8]);
        if ave >= 2 then
            insert into analyse_leefgebied (casus_id, leefgebied_code, score, verklaring)
            values (c, lg[1 + (i + 3) % 7], 3, 'Samenhangend probleem; zie gesprek met het gezin');
        end if;
        insert into ave_wijziging (casus_id, van, naar, regie_bij, reden, door, op)
        values (c, null, 1, 'WIJKTEAM', 'Start van de casus', 'intaker', dag + interval '1 day');
        if ave > 1 then
            insert into ave_wijziging (casus_id, van, naar, regie_bij, reden, door, op)
            values (c, 1, ave, case when ave = 4 then 'PROCESMANAGER' when ave = 3 then 'SPOEDTEAM' else 'WIJKTEAM' end,
                    case when ave >= 3 then 'Vastgelopen: meerdere partijen, geen voortgang' else 'Meervoudige problematiek' end,
                    coalesce(coach, 'intaker'), dag + interval '10 days');
        end if;
        insert into casus_gebeurtenis (casus_id, episode, omschrijving, door, op)
        values (c, 1, 'Casus geopend vanuit de melding (demo)', 'intaker', dag + interval '1 day');
        if ave >= 2 and coach is not null then
            -- a plan with one goal and action, and a referral whose legal term runs (or has run out)
            insert into doel (casus_id, leefgebied_code, omschrijving, volgorde)
            values (c, lg[1 + i % 7], 'Stabiele situatie op dit leefgebied', 1);
            insert into actie (doel_id, omschrijving, eigenaar, deadline)
            values (currval(pg_get_serial_sequence('doel', 'id')), 'Afspraken vastleggen met het gezin', coach,
                    (dag + interval '40 days')::date);
            update casus set planversie = 2, volgende_evaluatie = (now() + make_interval(days => 10 + i))::date where id = c;
            insert into plan_wijziging (casus_id, versie, omschrijving, door, op) values
                (c, 1, 'Doel toegevoegd (demo)', coach, dag + interval '12 days'),
                (c, 2, 'Actie toegevoegd (demo)', coach, dag + interval '12 days');
            insert into verwijzing (version, casus_id, client_id, voorziening_id, aanbieder_id, contractsoort, verwijzer_id, doorbraak, status,
                                    meldingsdatum, aangevraagd_op, aangemaakt_door, aangemaakt_op)
            values (1, c, (select min(g.id) from gezinslid g where g.huishouden_id = h),
                    (select id from voorziening where soort = 'MAATWERK' and not kent_vorm order by id offset (i % 39) limit 1),
                    (select id from aanbieder order by id offset (i % 8) limit 1), 'RAAMCONTRACT',
                    (select id from verwijzer where naam = 'Wijkteam (gemeente)'), i % 5 = 0, 'AANGEVRAAGD',
                    (dag at time zone 'Europe/Amsterdam')::date, (dag at time zone 'Europe/Amsterdam')::date + 14, coach, dag + interval '14 days');
        end if;
    end loop;
end
$$;
