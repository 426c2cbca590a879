-- Beheer (issue 14): the beheerder maintains the catalogues in the app instead of through migrations.
--  * Every catalogue entry is valid from and to a date (geldig_van, geldig_tot); entries are ended, never
--    deleted, so old casussen and figures keep what they refer to. No start date: valid since ever.
--  * Every entry has a version the app compares when it changes one: two beheerders never overwrite
--    each other.
--  * Every insert, change and deletion is written to catalogus_wijziging by a trigger (who, when,
--    what: field by field from and to), also when a migration makes it.
--  * Functions of staff become a catalogue with "may hold regie"; the legal terms per law become one,
--    and a referral keeps the terms in force on the day it was asked for.
--  * Contracts and legal terms get stable codes, like the other catalogues (V17).

do $$
declare
    t text;
begin
    foreach t in array array['voorziening', 'aanbieder', 'verwijzer', 'wijk', 'team', 'leefgebied', 'medewerker'] loop
        execute format('alter table %I add column geldig_van date, add column geldig_tot date', t);
        execute format('alter table %I add constraint %I check (geldig_tot is null or geldig_van is null or geldig_tot >= geldig_van)',
                       t, t || '_geldig');
    end loop;
    foreach t in array array['voorziening', 'aanbieder', 'verwijzer', 'wijk', 'team', 'leefgebied', 'medewerker', 'contract',
                             'ave_niveau', 'verwerkingsactiviteit'] loop
        execute format('alter table %I add column versie int not null default 0', t);
    end loop;
end $$;

-- Functions of staff, and whether someone in that function may hold regie as regisseur.
create table functie (
    code       varchar(80)  primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    naam       varchar(100) not null unique,
    mag_regie  boolean      not null,
    geldig_van date,
    geldig_tot date,
    versie     int          not null default 0,
    check (geldig_tot is null or geldig_van is null or geldig_tot >= geldig_van)
);
insert into functie (code, naam, mag_regie)
select distinct catalogus_code(functie), functie, functie in ('Wijkcoach', 'Gezinscoach', 'Schuldenspecialist')
from medewerker;
insert into functie (code, naam, mag_regie)
select catalogus_code(f.naam), f.naam, f.regie
from (values ('Wijkcoach', true), ('Gezinscoach', true), ('Schuldenspecialist', true), ('Intaker', false),
             ('Procesmanager', false)) as f (naam, regie)
where not exists (select 1 from functie where naam = f.naam);
alter table medewerker add column functie_code varchar(80) references functie (code);
update medewerker m set functie_code = f.code from functie f where f.naam = m.functie;
alter table medewerker alter column functie_code set not null;
alter table medewerker drop column functie;
create index medewerker_functie on medewerker (functie_code);

-- Contracts get a code from aanbieder, law, voorziening and first year; a new one gets it the same way.
alter table contract add column code varchar(120);
create function contract_code() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' and new.code is null then
        new.code := catalogus_code((select code from aanbieder where id = new.aanbieder_id) || '-' || new.wet
                    || coalesce('-' || (select code from voorziening where id = new.voorziening_id), '')
                    || '-' || extract(year from new.geldig_van));
    elsif tg_op = 'UPDATE' and new.code is distinct from old.code then
        raise exception 'De code van een % blijft altijd dezelfde (%)', tg_table_name, old.code;
    end if;
    return new;
end $$;
update contract c set code = catalogus_code((select code from aanbieder where id = c.aanbieder_id) || '-' || c.wet
    || coalesce('-' || (select code from voorziening where id = c.voorziening_id), '') || '-' || extract(year from c.geldig_van));
alter table contract alter column code set not null;
alter table contract add constraint contract_code_uniek unique (code);
alter table contract add constraint contract_code_vorm check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
create trigger contract_code_vast before insert or update on contract for each row execute function contract_code();
create trigger functie_code_vast before insert or update on functie for each row execute function catalogus_code_vast();
create trigger leefgebied_code_vast before insert or update on leefgebied for each row execute function catalogus_code_vast();

-- Legal terms per law: the days for the onderzoek after the melding (Wmo) and for the beschikking
-- after the aanvraag. A law without a row of its own follows the Awb (8 weeks, art. 4:13).
create table wettelijke_termijn (
    code              varchar(80)  primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    wet               varchar(60)  not null,
    onderzoek_dagen   int          check (onderzoek_dagen between 1 and 365),
    beschikking_dagen int          not null check (beschikking_dagen between 1 and 365),
    grondslag         text         not null,
    geldig_van        date,
    geldig_tot        date,
    versie            int          not null default 0,
    check (geldig_tot is null or geldig_van is null or geldig_tot >= geldig_van)
);
insert into wettelijke_termijn (code, wet, onderzoek_dagen, beschikking_dagen, grondslag) values
 ('wmo', 'Wmo', 42, 14, 'Wmo 2015 art. 2.3.2 lid 9 (onderzoek binnen 6 weken na de melding), art. 2.3.5 lid 1 (beschikking binnen 2 weken na de aanvraag)'),
 ('jeugdwet', 'Jeugdwet', null, 56, 'Awb art. 4:13 (redelijke termijn, uiterlijk 8 weken)'),
 ('participatiewet', 'Participatiewet', null, 56, 'Awb art. 4:13 (redelijke termijn, uiterlijk 8 weken)'),
 ('schuldhulpverlening', 'Schuldhulpverlening', null, 56, 'Awb art. 4:13 (redelijke termijn, uiterlijk 8 weken)'),
 ('wet-inburgering', 'Wet inburgering', null, 56, 'Awb art. 4:13 (redelijke termijn, uiterlijk 8 weken)'),
 ('kinderopvang', 'Kinderopvang', null, 56, 'Awb art. 4:13 (redelijke termijn, uiterlijk 8 weken)'),
 ('leerlingenvervoer', 'Leerlingenvervoer', null, 56, 'Awb art. 4:13 (redelijke termijn, uiterlijk 8 weken)');

-- One set of terms per law on any day: periods of the same law never overlap (also not when two
-- beheerders save at once: the check waits for the other's transaction on the same law).
create function wettelijke_termijn_overlap() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('wettelijke_termijn:' || new.wet));
    if exists (select 1 from wettelijke_termijn t
               where t.wet = new.wet and t.code <> new.code
                 and coalesce(t.geldig_van, date '0001-01-01') <= coalesce(new.geldig_tot, date '9999-12-31')
                 and coalesce(new.geldig_van, date '0001-01-01') <= coalesce(t.geldig_tot, date '9999-12-31')) then
        raise exception using errcode = '23P01',
            message = format('Voor %s gelden in die periode al andere termijnen: beëindig die eerst of kies een andere periode.', new.wet);
    end if;
    return new;
end $$;
create trigger wettelijke_termijn_overlap before insert or update on wettelijke_termijn
    for each row execute function wettelijke_termijn_overlap();

-- The terms in force for a law on a day (the Awb's when the law has none).
create function termijnen_op(p_wet text, dag date, out onderzoek_dagen int, out beschikking_dagen int)
    language sql stable as $$
    select t.onderzoek_dagen, t.beschikking_dagen from (
        select onderzoek_dagen, beschikking_dagen, 0 as voorkeur from wettelijke_termijn
        where wet = p_wet and (geldig_van is null or geldig_van <= dag) and (geldig_tot is null or geldig_tot >= dag)
        union all select null, 56, 1) t
    order by t.voorkeur limit 1
$$;

-- A referral to maatwerk keeps the terms in force on the day it was asked for.
alter table verwijzing add column onderzoek_dagen int, add column beschikking_dagen int;
update verwijzing v set (onderzoek_dagen, beschikking_dagen) = (select t.onderzoek_dagen, t.beschikking_dagen
    from termijnen_op(vz.wet_of_domein, v.aangevraagd_op) t)
from voorziening vz
where vz.id = v.voorziening_id and vz.soort = 'MAATWERK';

-- Rows written without the terms (the migration import's COPY) get them here.
create function verwijzing_termijnen_vullen() returns trigger language plpgsql as $$
begin
    select t.onderzoek_dagen, t.beschikking_dagen into new.onderzoek_dagen, new.beschikking_dagen
    from voorziening vz, lateral termijnen_op(vz.wet_of_domein, new.aangevraagd_op) t
    where vz.id = new.voorziening_id and vz.soort = 'MAATWERK';
    return new;
end $$;
create trigger verwijzing_termijnen_vullen before insert on verwijzing for each row
    when (new.beschikking_dagen is null) execute function verwijzing_termijnen_vullen();

-- A term as users read it: "6 weken", "1 week", "10 dagen".
create function termijn_tekst(dagen int) returns text language sql immutable as $$
    select case when dagen % 7 = 0 then (dagen / 7) || case when dagen = 7 then ' week' else ' weken' end
                else dagen || case when dagen = 1 then ' dag' else ' dagen' end end
$$;

-- V12's open terms, now from the referral's own terms.
create or replace function verwijzing_termijnen(vandaag date)
    returns table (verwijzing_id bigint, casus_id bigint, naam text, uiterlijk date)
    language sql stable as $$
    with lopend as not materialized (
        select v.*, v.opgeschorte_dagen + v.verlengd_dagen + coalesce(vandaag - v.opgeschort_vanaf, 0) as verschuiving
        from verwijzing v
        where v.status = 'AANGEVRAAGD' and v.beschikking_dagen is not null)
    select id, casus_id, 'Onderzoek (' || termijn_tekst(onderzoek_dagen) || ' na de melding)', meldingsdatum + onderzoek_dagen + verschuiving
    from lopend where onderzoek_dagen is not null and onderzoek_afgerond_op is null
    union all
    select id, casus_id, 'Beschikking (' || termijn_tekst(beschikking_dagen) || ' na de aanvraag)', aangevraagd_op + beschikking_dagen + verschuiving
    from lopend
$$;

-- The history of every catalogue: who changed what when, field by field.
create table catalogus_wijziging (
    id          bigint generated always as identity primary key,
    catalogus   varchar(40)  not null,
    code        varchar(120) not null,
    soort       varchar(20)  not null check (soort in ('TOEGEVOEGD', 'GEWIJZIGD', 'BEEINDIGD', 'VERWIJDERD')),
    door        varchar(100) not null,
    op          timestamptz  not null default clock_timestamp(),
    wijzigingen jsonb        not null
);
create index catalogus_wijziging_entry on catalogus_wijziging (catalogus, code, id desc);

-- Who makes the change: the app sets sd.gebruiker in its transaction; otherwise it is a migration.
create function catalogus_historie() returns trigger language plpgsql as $$
declare
    oud jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) - 'versie' else '{}'::jsonb end;
    nieuw jsonb := case when tg_op = 'INSERT' then jsonb_strip_nulls(to_jsonb(new)) - 'versie'
                        when tg_op = 'UPDATE' then to_jsonb(new) - 'versie' else '{}'::jsonb end;
    verschil jsonb;
begin
    select coalesce(jsonb_object_agg(k, jsonb_build_object('van', oud -> k, 'naar', nieuw -> k)), '{}'::jsonb) into verschil
    from jsonb_object_keys(oud || nieuw) k
    where (oud -> k) is distinct from (nieuw -> k);
    if verschil <> '{}'::jsonb then
        insert into catalogus_wijziging (catalogus, code, soort, door, wijzigingen)
        values (tg_table_name,
                case when tg_op = 'DELETE' then oud else nieuw end ->> tg_argv[0],
                case when tg_op = 'INSERT' then 'TOEGEVOEGD' when tg_op = 'DELETE' then 'VERWIJDERD'
                     when oud ->> 'geldig_tot' is null and nieuw ->> 'geldig_tot' is not null then 'BEEINDIGD'
                     else 'GEWIJZIGD' end,
                coalesce(nullif(current_setting('sd.gebruiker', true), ''), 'migratie'),
                verschil);
    end if;
    return null;
end $$;

do $$
declare
    t text[];
begin
    foreach t slice 1 in array array[['voorziening', 'code'], ['aanbieder', 'code'], ['contract', 'code'], ['verwijzer', 'code'],
                                   ['wijk', 'code'], ['team', 'code'], ['leefgebied', 'code'], ['functie', 'code'],
                                   ['medewerker', 'gebruikersnaam'], ['ave_niveau', 'niveau'], ['wettelijke_termijn', 'code'],
                                   ['verwerkingsactiviteit', 'code']] loop
        execute format('create trigger %I after insert or update or delete on %I for each row execute function catalogus_historie(%L)',
                       t[1] || '_historie', t[1], t[2]);
    end loop;
end $$;

-- The app's role: the history is append-only; the beheerder may change the register's texts, not add to it.
do $$
declare
    app text := '${app_rol}';
begin
    if app <> '' and app <> current_user and exists (select 1 from pg_roles where rolname = app) then
        execute format('grant select, insert, update, delete on functie, wettelijke_termijn to %I', app);
        execute format('grant select, insert on catalogus_wijziging to %I', app);
        execute format('revoke update, delete, truncate on catalogus_wijziging from %I', app);
        execute format('grant update on verwerkingsactiviteit to %I', app);
    end if;
end $$;
