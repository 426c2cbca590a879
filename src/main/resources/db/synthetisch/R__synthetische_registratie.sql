-- Synthetic registration for demos and the benchmark (never in production): ${synthetische_huishoudens}
-- households over the five years before today, spread over wijken, wetten and verwijzers like
-- Almelo's caseload. Per household about 1.5 casussen, 3 meldingen, 2.5 AVE events and 10 referrals,
-- so 100,000 households give about 1,000,000 referrals. Set-based; runs once (marked by its street).
-- Random choices are made in select lists (once per row) and picked from weighted arrays.
do $$
declare
    n          int := ${synthetische_huishoudens};
    begin_op   date := current_date - 5 * 365;
    wijken     bigint[] := array(select id from wijk order by id);
    aanbieders bigint[] := array(select id from aanbieder order by id);
    meldbaar   bigint[] := array(select id from voorziening order by id);
    leefgeb    text[] := array(select code from leefgebied order by volgorde);
    -- verwijzers weighted: wijkteam 35, huisarts 20, inwoner zelf 18, school 6, POH 5, Veilig Thuis 4, GI 3, the others 2 each
    verwijzers bigint[] := array(
        select v.id from verwijzer v
        cross join lateral generate_series(1, case v.naam when 'Wijkteam (gemeente)' then 35 when 'Huisarts' then 20 when 'Inwoner zelf' then 18
                                                          when 'School' then 6 when 'Praktijkondersteuner jeugd (POH)' then 5 when 'Veilig Thuis' then 4
                                                          when 'Gecertificeerde instelling' then 3 else 2 end) k
        order by v.id);
    -- voorzieningen weighted by share: algemeen 45%, Wmo 20%, Jeugdwet 15%, Participatiewet 12%, schuldhulp 6%, other laws 2%
    gewogen    bigint[] := array(
        select v.id from voorziening v
        cross join lateral generate_series(1, case when v.soort = 'ALGEMEEN' then 20 else case v.wet_of_domein when 'Wmo' then 15
                                                   when 'Jeugdwet' then 12 when 'Participatiewet' then 12 when 'Schuldhulpverlening' then 15
                                                   else 5 end end) k
        order by v.id);
begin
    if n <= 0 or exists (select 1 from huishouden where straat = 'Generatorstraat') then
        return;
    end if;

    -- One synthetic gezinscoach per wijkteam as regisseur, so that no demo user's caseload fills up.
    insert into medewerker (gebruikersnaam, naam, functie_code, team_id)
    select 'generator-' || t.id, 'Coach ' || t.naam || ' (synthetisch)', 'gezinscoach', t.id
    from team t where t.soort = 'WIJKTEAM'
    on conflict do nothing;

    -- Households: the first wijken are the larger ones; 3% live in a regiogemeente (beschermd wonen).
    insert into huishouden (version, straat, huisnummer, postcode, woonplaats, wijk_id, aangemaakt_op)
    select 1, 'Generatorstraat', i::text, '7600 ZZ',
           case when random() < 0.03 then (array['Hellendoorn', 'Rijssen-Holten', 'Twenterand', 'Wierden', 'Tubbergen'])[1 + floor(random() * 5)::int]
                else 'Almelo' end,
           wijken[1 + floor(power(random(), 1.4) * cardinality(wijken))::int], begin_op::timestamptz
    from generate_series(1, n) i;
    create temp table g_huishouden on commit drop as
        select h.id, w.team_id, row_number() over (order by h.id) as nr,
               1 + (random() < 0.45)::int as volwassenen, floor(power(random(), 2) * 4)::int as kinderen
        from huishouden h join wijk w on w.id = h.wijk_id where h.straat = 'Generatorstraat';

    -- Members. A BSN's first seven digits are unique per member; the eighth avoids the one value for which
    -- no ninth digit passes the elfproef; the ninth makes it pass.
    insert into gezinslid (huishouden_id, volgnummer, voornaam, achternaam, geboortedatum, bsn)
    select m.huishouden_id, m.volgnummer, m.voornaam, 'Synthetisch', m.geboortedatum,
           lpad((m.p * 100 + m.d8 * 10 + (m.s7 + 2 * m.d8) % 11)::text, 9, '0')
    from (select x.*, case when x.s7 % 11 = 10 then 1 else 0 end as d8
          from (select h.id as huishouden_id, l.volgnummer, h.nr * 5 + l.volgnummer + 1000000 as p,
                       case when l.volgnummer <= h.volwassenen then 'Ouder' else 'Kind' end as voornaam,
                       case when l.volgnummer <= h.volwassenen then current_date - (18 * 365 + floor(random() * 60 * 365))::int
                            else current_date - floor(random() * 22 * 365)::int end as geboortedatum,
                       9 * ((h.nr * 5 + l.volgnummer + 1000000) / 1000000 % 10) + 8 * ((h.nr * 5 + l.volgnummer + 1000000) / 100000 % 10)
                       + 7 * ((h.nr * 5 + l.volgnummer + 1000000) / 10000 % 10) + 6 * ((h.nr * 5 + l.volgnummer + 1000000) / 1000 % 10)
                       + 5 * ((h.nr * 5 + l.volgnummer + 1000000) / 100 % 10) + 4 * ((h.nr * 5 + l.volgnummer + 1000000) / 10 % 10)
                       + 3 * ((h.nr * 5 + l.volgnummer + 1000000) % 10) as s7
                from g_huishouden h cross join lateral generate_series(1, h.volwassenen + h.kinderen) l(volgnummer)) x) m;
    create temp table g_leden on commit drop as
        select g.huishouden_id, array_agg(g.id) as alle,
               coalesce(array_agg(g.id) filter (where g.geboortedatum > current_date - 23 * 365), array_agg(g.id)) as jongeren
        from gezinslid g join g_huishouden h on h.id = g.huishouden_id group by g.huishouden_id;

    -- Casussen: a first one in the five years; half of the households get a second after the first closed.
    create temp table g_casus on commit drop as
        select h.id as huishouden_id, h.team_id, begin_op + floor(random() * 1700)::int as geopend, 30 + floor(random() * 400)::int as duur,
               random() as r_ave, random() as r_regisseur
        from g_huishouden h;
    insert into g_casus
    select c.huishouden_id, c.team_id, c.geopend + c.duur + 30 + floor(random() * 300)::int, 30 + floor(random() * 400)::int, random(), random()
    from g_casus c where random() < 0.5 and c.geopend + c.duur + 30 < current_date - 60;
    insert into casus (version, huishouden_id, team_id, status, episode, regisseur, ave_niveau, regie_bij, geopend_op, geopend_door,
                       afgesloten_op, afsluitreden)
    select 1, c.huishouden_id, c.team_id, case when c.geopend + c.duur < current_date then 'AFGESLOTEN' else 'IN_UITVOERING' end, 1,
           case when c.r_regisseur < 0.55 then 'generator-' || c.team_id end, a.niveau,
           case when a.niveau = 4 then 'PROCESMANAGER' when a.niveau = 3 then 'SPOEDTEAM' else 'WIJKTEAM' end,
           c.geopend::timestamptz, 'generator',
           case when c.geopend + c.duur < current_date then (c.geopend + c.duur)::timestamptz end,
           case when c.geopend + c.duur < current_date then 'Doelen bereikt (synthetisch)' end
    from g_casus c
    -- open ones stay at the wijkteam (levels 1-2), so that no demo procesmanager's caseload fills up
    cross join lateral (select case when c.r_ave < 0.55 then 1 when c.r_ave < 0.88 or c.geopend + c.duur >= current_date then 2
                                    when c.r_ave < 0.97 then 3 else 4 end as niveau) a;
    create temp table g_c on commit drop as
        select c.id, c.huishouden_id, c.geopend_op::date as van, coalesce(c.afgesloten_op::date, current_date) as tot, c.ave_niveau, c.regisseur
        from casus c join g_huishouden h on h.id = c.huishouden_id;

    -- Verklarende analyse: each leefgebied at stake with a chance that grows with the AVE level; a plan where there is a regisseur.
    insert into analyse_leefgebied (casus_id, leefgebied_code, score, verklaring)
    select c.id, l.code, 1 + floor(random() * 4)::int, 'Synthetisch'
    -- (l.volgorde * 0 keeps the draw per pair: a condition on c alone would be drawn once per casus)
    from g_c c cross join leefgebied l where random() < 0.06 + c.ave_niveau * 0.03 + l.volgorde * 0;
    insert into doel (casus_id, leefgebied_code, omschrijving, volgorde)
    select a.casus_id, min(a.leefgebied_code), 'Stabiele situatie', 1
    from analyse_leefgebied a join g_c c on c.id = a.casus_id where c.regisseur is not null group by a.casus_id;

    -- AVE: the start at 1, the way up to the casus' level and, for half of the closed ones, back down.
    insert into ave_wijziging (casus_id, van, naar, regie_bij, reden, door, op)
    select c.id, null, 1, 'WIJKTEAM', 'Start van de casus', 'generator', c.van::timestamptz from g_c c;
    insert into ave_wijziging (casus_id, van, naar, regie_bij, reden, door, op)
    select c.id, s.niveau - 1, s.niveau, case when s.niveau = 4 then 'PROCESMANAGER' when s.niveau = 3 then 'SPOEDTEAM' else 'WIJKTEAM' end,
           'Opschaling (synthetisch)', 'generator', (c.van + s.niveau * 10)::timestamptz
    from g_c c cross join lateral generate_series(2, c.ave_niveau) s(niveau);
    insert into ave_wijziging (casus_id, van, naar, regie_bij, reden, door, op)
    select c.id, c.ave_niveau, 1, 'WIJKTEAM', 'Afschaling (synthetisch)', 'generator', (c.tot - 5)::timestamptz
    from g_c c where c.ave_niveau >= 2 and c.tot < current_date and random() < 0.5;

    -- Meldingen: the one that opened each casus, and one to four per household closed at the front door.
    insert into melding (version, huishouden_id, verwijzer_id, hulpvraag, voorziening_id, leefgebied_code, status, meldingsdatum,
                         geregistreerd_door, geregistreerd_op, casus_id)
    select 1, c.huishouden_id, verwijzers[1 + floor(random() * cardinality(verwijzers))::int], 'Synthetische hulpvraag', null,
           leefgeb[1 + floor(random() * cardinality(leefgeb))::int], 'CASUS', c.van, 'generator', c.van::timestamptz, c.id
    from g_c c;
    insert into melding (version, huishouden_id, verwijzer_id, hulpvraag, voorziening_id, leefgebied_code, status, meldingsdatum,
                         geregistreerd_door, geregistreerd_op, afgehandeld_op)
    select 1, r.id, r.verwijzer, 'Synthetische hulpvraag',
           case when r.soort < 0.6 then meldbaar[1 + floor(r.soort / 0.6 * cardinality(meldbaar))::int] end,
           case when r.soort >= 0.6 then leefgeb[1 + floor((r.soort - 0.6) / 0.4 * cardinality(leefgeb))::int] end,
           case when r.uitkomst < 0.75 then 'OPGELOST' else 'DOORVERWEZEN' end, r.datum, 'generator', r.datum::timestamptz, r.datum + 3
    from (select h.id, verwijzers[1 + floor(random() * cardinality(verwijzers))::int] as verwijzer, random() as soort, random() as uitkomst,
                 begin_op + floor(random() * 1790)::int as datum
          from g_huishouden h cross join lateral generate_series(1, 1 + floor(random() * 3)::int + h.nr * 0) i) r;

    -- Referrals: one to twelve per casus, within the casus' time, with their steps until today.
    create temp table g_r on commit drop as
        select x.*, v.soort, v.wet_of_domein, v.kent_vorm
        from (select c.id as casus_id, c.huishouden_id, gewogen[1 + floor(random() * cardinality(gewogen))::int] as voorziening_id,
                     c.van + floor(random() * greatest(c.tot - c.van, 1))::int as aangevraagd,
                     random() as uitkomst, 5 + floor(random() * 55)::int as beslis, floor(random() * 60)::int as wacht,
                     30 + floor(random() * 700)::int as looptijd, random() as r_client, random() as r_extra
              from g_c c cross join lateral generate_series(1, 1 + floor(random() * 13)::int + c.id * 0) i) x
        join voorziening v on v.id = x.voorziening_id;
    insert into verwijzing (version, casus_id, client_id, voorziening_id, vorm, aanbieder_id, contractsoort, verwijzer_id, doorbraak, status,
                            meldingsdatum, aangevraagd_op, besluit_op, gestart_op, beeindigd_op, ingetrokken_op, aangemaakt_door, aangemaakt_op)
    select 1, r.casus_id,
           case when r.wet_of_domein in ('Jeugdwet', 'jeugd') then l.jongeren[1 + floor(r.r_client * cardinality(l.jongeren))::int]
                else l.alle[1 + floor(r.r_client * cardinality(l.alle))::int] end,
           r.voorziening_id, case when r.kent_vorm then case when r.r_extra < 0.7 then 'INDIVIDUEEL' else 'GROEPSGERICHT' end end,
           case when r.soort = 'MAATWERK' then aanbieders[1 + floor(random() * cardinality(aanbieders))::int] end,
           case when r.soort = 'MAATWERK' then case when r.r_extra < 0.2 then 'MAATWERKCONTRACT' else 'RAAMCONTRACT' end end,
           verwijzers[1 + floor(random() * cardinality(verwijzers))::int],
           r.soort = 'MAATWERK' and r.r_extra > 0.95,
           s.status, r.aangevraagd - 7, r.aangevraagd, s.besluit, s.gestart, s.beeindigd, s.ingetrokken, 'generator', r.aangevraagd::timestamptz
    from g_r r
    join g_leden l on l.huishouden_id = r.huishouden_id
    cross join lateral (select case when r.soort = 'MAATWERK' and r.aangevraagd + r.beslis <= current_date then r.aangevraagd + r.beslis end as besluit) b
    cross join lateral (select case when r.soort = 'ALGEMEEN' then case when r.aangevraagd + r.wacht / 4 <= current_date then r.aangevraagd + r.wacht / 4 end
                                    when b.besluit is null or r.uitkomst >= 0.85 then null
                                    when b.besluit + r.wacht <= current_date then b.besluit + r.wacht end as gestart) g
    cross join lateral (select case when g.gestart + r.looptijd <= current_date then g.gestart + r.looptijd end as beeindigd) e
    cross join lateral (select b.besluit, g.gestart, e.beeindigd,
                               case when b.besluit is not null and g.gestart is null and r.uitkomst >= 0.95 then b.besluit + 10 end as ingetrokken,
                               case when e.beeindigd is not null then 'BEEINDIGD' when g.gestart is not null then 'GESTART'
                                    when b.besluit is not null and r.uitkomst >= 0.95 then 'INGETROKKEN'
                                    when b.besluit is not null and r.uitkomst >= 0.85 then 'AFGEWEZEN'
                                    when b.besluit is not null then 'TOEGEKEND' else 'AANGEVRAAGD' end as status) s;

end
$$;

-- No referral before its client's birth (the app refuses one): a child not yet born on the melding's date gives way to the
-- youngest member who was, else the first member (an adult, born long before the five years). Outside the block above, so that
-- it also mends a synthetic registration generated before (this script runs again when it changes).
update verwijzing r set client_id = coalesce(
        (select g.id from gezinslid g where g.huishouden_id = p.huishouden_id and g.geboortedatum <= r.meldingsdatum
         order by g.geboortedatum desc limit 1),
        (select g.id from gezinslid g where g.huishouden_id = p.huishouden_id order by g.volgnummer limit 1))
from gezinslid p join huishouden h on h.id = p.huishouden_id and h.straat = 'Generatorstraat'
where p.id = r.client_id and p.geboortedatum > r.meldingsdatum;
analyze;
