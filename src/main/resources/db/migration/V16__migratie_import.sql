-- The migration import (issue 13): where each imported record came from, so that the same file twice
-- changes nothing and a corrected file updates what it corrects, under the ids given the first time.

create table import_herkomst (
    bron            varchar(60)  not null,
    bron_id         varchar(100) not null,
    huishouden_id   bigint       not null unique references huishouden (id),
    -- the SHA-256 of the household's record in the file, to see that a later file changed it
    inhoud          char(64)     not null,
    -- the ids its members, meldingen, casussen and referrals got, by their ids in the source:
    -- {"gezinslid": {"P1": 12, ...}, "melding": {...}, "casus": {...}, "verwijzing": {...}}
    ids             jsonb        not null,
    geimporteerd_op timestamptz  not null,
    primary key (bron, bron_id)
);

-- A bulk insert (the import) may tell the indicator triggers the earliest date its rows touch, for the
-- whole statement, instead of each row working it out: set_config('sd.indicatoren_vanaf', date, true),
-- which lasts until the end of the transaction. Updates and deletes are always worked out per row.
do $$
declare
    t record;
begin
    for t in select * from (values ('melding', 'id'), ('casus', 'id'), ('analyse_leefgebied', 'id'),
                                   ('doel', 'id'), ('gezinslid', 'id'), ('huishouden', 'id')) v(tabel, sleutel)
    loop
        execute format($f$
            create or replace function %1$s_indicatoren() returns trigger language plpgsql as $b$
            declare
                vanaf date;
            begin
                if tg_op = 'INSERT' and coalesce(current_setting('sd.indicatoren_vanaf', true), '') <> '' then
                    vanaf := cast(current_setting('sd.indicatoren_vanaf', true) as date);
                elsif tg_op = 'INSERT' then
                    select min(indicator_vroegste(%1$s_datums(n))) into vanaf from nieuw n;
                elsif tg_op = 'DELETE' then
                    select min(indicator_vroegste(%1$s_datums(o))) into vanaf from oud o;
                else
                    select min(case when %1$s_kern(o) is distinct from %1$s_kern(n)
                                    then least(indicator_vroegste(%1$s_datums(o)), indicator_vroegste(%1$s_datums(n)))
                                    else indicator_eerste_verschil(%1$s_datums(o), %1$s_datums(n)) end)
                    into vanaf from oud o join nieuw n on n.%2$I = o.%2$I;
                end if;
                if vanaf is not null then
                    insert into indicator_wijziging (tabel, vanaf) values (%1$L, vanaf);
                end if;
                return null;
            end $b$
        $f$, t.tabel, t.sleutel);
    end loop;
end $$;

-- The referrals' trigger of V15 (which also touches the casus), with the same bulk path.
create or replace function verwijzing_indicatoren() returns trigger language plpgsql as $$
declare
    vanaf date;
    geopend date;
begin
    if tg_op = 'INSERT' and coalesce(current_setting('sd.indicatoren_vanaf', true), '') <> '' then
        vanaf := cast(current_setting('sd.indicatoren_vanaf', true) as date);
        geopend := vanaf;
    elsif tg_op = 'INSERT' then
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

insert into verwerkingsactiviteit (code, naam, doel, grondslag, gegevens) values
 ('MIGRATIE_IMPORT', 'Registratie overnemen uit het vorige systeem',
  'De lopende en afgesloten dossiers uit het vorige systeem overnemen, zodat één huishouden één dossier houdt.',
  'AVG art. 6 lid 1 sub e, art. 9 lid 2 sub h; Wmo 2015 art. 5.1.1; Jeugdwet art. 7.4.0', 'het hele dossier'),
 ('GEBEURTENISSEN_EXPORT', 'Gepseudonimiseerde gebeurtenissen voor analyse',
  'Eigen beleidsanalyse van de gemeente: verwijzingen en hun stappen per wijk, team en leeftijdsklasse, zonder BSN of naam.',
  'AVG art. 6 lid 1 sub e, art. 89; Wmo 2015 art. 5.1.1 lid 2', 'pseudoniem van de cliënt, leeftijdsklasse, wijk, team, voorziening, datums');

do $$
declare
    app text := '${app_rol}';
begin
    if app <> '' and app <> current_user and exists (select 1 from pg_roles where rolname = app) then
        execute format('grant select, insert, update, delete on import_herkomst to %I', app);
    end if;
end $$;
