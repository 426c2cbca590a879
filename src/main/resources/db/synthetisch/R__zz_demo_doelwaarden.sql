-- Demo only (with the synthetic registration): what a businesscontroller would have entered, so that
-- the demo shows external values with their history, 0-metingen and streefwaarden. The sources say
-- "(demo)": the figures are made up, except Zorg-8's target of 100% from the kaartenboek. The
-- 0-metingen of registration indicators are their value in the synthetic registration three years ago.
do $$
declare
    nu  int := extract(year from current_date)::int;
    j   int;
    van date;
    tot date;
begin
    if not exists (select 1 from huishouden where straat = 'Generatorstraat')
       or exists (select 1 from nulmeting where gewijzigd_door = 'demo') then
        return;
    end if;
    -- external values for the last five years; the latest year also corrected once (history)
    for j in (nu - 5)..(nu - 1) loop
        insert into externe_waarde (indicator_id, periode_van, periode_tot, waarde, bron, toelichting, ingevoerd_door, ingevoerd_op)
        values ('D1-1.1.1', make_date(j, 1, 1), make_date(j, 12, 31), 110 + 12 * (j - nu + 5), 'Taalpunt Almelo (demo)', null, 'demo', now()),
               ('D2-2.1.1', make_date(j, 1, 1), make_date(j, 12, 31), 640 + 35 * (j - nu + 5), 'Steunpunt Mantelzorg (demo)', null, 'demo', now()),
               ('D1-1.6.1', make_date(j, 1, 1), make_date(j, 12, 31), 85 + 4 * (j - nu + 5), 'GGD Twente (demo)', null, 'demo', now()),
               ('D2-2.2.1', make_date(j, 1, 1), make_date(j, 12, 31), 1200 + 50 * (j - nu + 5), 'Almelo voor Elkaar (demo)', null, 'demo', now());
    end loop;
    insert into externe_waarde (indicator_id, periode_van, periode_tot, waarde, bron, toelichting, ingevoerd_door, ingevoerd_op)
    values ('D2-2.1.1', make_date(nu - 1, 1, 1), make_date(nu - 1, 12, 31), 812, 'Steunpunt Mantelzorg (demo)',
            'gecorrigeerd na dubbele inschrijvingen', 'demo', now() + interval '1 second');

    -- 0-meting: the registration three years ago (computed as the indicator does), targets for the last two years and this one
    van := make_date(nu - 3, 1, 1);
    tot := make_date(nu - 3, 12, 31);
    insert into nulmeting (indicator_id, version, periode_van, periode_tot, waarde, bron, gewijzigd_door, gewijzigd_op)
    select i, 1, van, tot, w, 'Registratie (demo)', 'demo', now()
    from (select 'D1-1.14.2' as i, count(distinct r.client_id) as w from verwijzing r join voorziening v on v.id = r.voorziening_id
          where v.naam = 'Stadsbank (schuldregeling, budgetbeheer)' and r.gestart_op <= tot and (r.beeindigd_op is null or r.beeindigd_op >= van)
          union all
          select 'D3-PW-3.2.1', count(distinct r.client_id) from verwijzing r join voorziening v on v.id = r.voorziening_id
          where v.naam = 'Algemene bijstand (periodieke uitkering)' and r.gestart_op <= tot and (r.beeindigd_op is null or r.beeindigd_op >= van)
          union all
          select 'D2-2.3.2', count(distinct r.client_id) from verwijzing r join voorziening v on v.id = r.voorziening_id
          where v.naam = 'Ondersteuning maatschappelijke deelname (OMD, dagbesteding)' and r.gestart_op <= tot
            and (r.beeindigd_op is null or r.beeindigd_op >= van)) b(i, w);
    insert into nulmeting (indicator_id, version, periode_van, periode_tot, waarde, bron, gewijzigd_door, gewijzigd_op)
    values ('D1-1.1.1', 1, van, tot, 130, 'Taalpunt Almelo (demo)', 'demo', now());
    for j in (nu - 2)..nu loop
        insert into streefwaarde (indicator_id, version, jaar, waarde, gewijzigd_door, gewijzigd_op)
        select n.indicator_id, 1, j, round(n.waarde * case n.indicator_id when 'D3-PW-3.2.1' then 0.95 when 'D1-1.1.1' then 1.25 else 1.05 end), 'demo', now()
        from nulmeting n where n.gewijzigd_door = 'demo';
        insert into streefwaarde (indicator_id, version, jaar, waarde, gewijzigd_door, gewijzigd_op)
        values ('ZORG-8', 1, j, 100, 'demo', now());
    end loop;
end
$$;
