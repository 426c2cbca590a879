-- ZORG-8 reads every referral of a casus whatever its dates (maatwerk under two laws), so a referral
-- change also touches that casus from its opening on: logged for the table casus, which only the
-- indicators reading casus (ZORG-8, 4.1.2) recount. IndicatorStandTest found February of last year
-- stale after a referral dated in March.
create or replace function verwijzing_indicatoren() returns trigger language plpgsql as $$
declare
    vanaf date;
    geopend date;
begin
    if tg_op = 'INSERT' then
        select min(indicator_vroegste(verwijzing_datums(n))), min(cast(c.geopend_op as date)) into vanaf, geopend
        from nieuw n left join casus c on c.id = n.casus_id;
    elsif tg_op = 'DELETE' then
        select min(indicator_vroegste(verwijzing_datums(o))), min(cast(c.geopend_op as date)) into vanaf, geopend
        from oud o left join casus c on c.id = o.casus_id;
    else
        select min(case when verwijzing_kern(o) is distinct from verwijzing_kern(n)
                        then least(indicator_vroegste(verwijzing_datums(o)), indicator_vroegste(verwijzing_datums(n)))
                        else indicator_eerste_verschil(verwijzing_datums(o), verwijzing_datums(n)) end),
               min(cast(c.geopend_op as date)) filter (where verwijzing_kern(o) is distinct from verwijzing_kern(n)
                                                        or verwijzing_datums(o) is distinct from verwijzing_datums(n))
        into vanaf, geopend
        from oud o join nieuw n on n.id = o.id left join casus c on c.id in (o.casus_id, n.casus_id);
    end if;
    if vanaf is not null then
        insert into indicator_wijziging (tabel, vanaf) values ('verwijzing', vanaf);
    end if;
    if geopend is not null then
        insert into indicator_wijziging (tabel, vanaf) values ('casus', geopend);
    end if;
    return null;
end $$;
