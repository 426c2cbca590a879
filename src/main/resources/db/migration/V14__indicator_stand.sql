-- The indicators' per-period figures, kept current by the writes (issue 11): every change to what
-- the derivations read is logged with the earliest date it touches (statement triggers, below); a
-- refresher (IndicatorVerversing, one app instance at a time) marks the periods ending on or after
-- that date stale for that table and recounts only the indicators that read it. The dashboard reads
-- the counted figures per period, wijk and team instead of counting the registration again.

-- The periods kept counted (the recent years, quarters and months); berekend_op null: not yet counted.
create table indicator_periode (
    periode_van  date        not null,
    periode_tot  date        not null,
    berekend_op  timestamptz,
    primary key (periode_van, periode_tot),
    check (periode_tot >= periode_van)
);

-- The figures of one period as the rollup gives them: per indicator and wijk (niveau W, sleutel the
-- wijk's id) its cells and total (totaal); what lies in no wijk (contracts) for the whole (A, 0).
-- Everything counted lies in one wijk, so a team's and the whole's figures are sums of these.
create table indicator_cijfer (
    periode_van  date        not null,
    periode_tot  date        not null,
    niveau       char(1)     not null check (niveau in ('A', 'W')),
    sleutel      bigint      not null,
    indicator_id varchar(40) not null,
    k1           text,
    k2           text,
    totaal       boolean     not null,
    aantal       bigint      not null check (aantal >= 0),
    celsleutel   bigint      not null,
    foreign key (periode_van, periode_tot) references indicator_periode on delete cascade
);
create index indicator_cijfer_lezen on indicator_cijfer (periode_van, periode_tot, niveau, sleutel, indicator_id);

-- Changes not yet taken in by the refresher: which table, from which date on, since when. No
-- identity column: the triggers insert here within the app's inserts, and an identity would change
-- what lastval() gives EclipseLink as the id of the row the app inserted.
create table indicator_wijziging (
    tabel  varchar(40)  not null,
    vanaf  date         not null,
    op     timestamptz  not null default now()
);
create index indicator_wijziging_vanaf on indicator_wijziging (vanaf);

-- Per counted period, the tables changed since it was counted (and since when).
create table indicator_verouderd (
    periode_van  date        not null,
    periode_tot  date        not null,
    tabel        varchar(40) not null,
    sinds        timestamptz not null,
    primary key (periode_van, periode_tot, tabel),
    foreign key (periode_van, periode_tot) references indicator_periode on delete cascade
);

-- The earliest of some dates (nulls ignored).
create function indicator_vroegste(datums date[]) returns date language sql immutable as
$$ select min(d) from unnest(datums) d $$;

-- The earliest date, old or new, among the dates that differ.
create function indicator_eerste_verschil(oud date[], nieuw date[]) returns date language sql immutable as
$$ select min(least(o, n)) from unnest(oud, nieuw) as v(o, n) where o is distinct from n $$;

-- Per table, what the derivations read of a row: its dates (a change to one touches the periods from
-- that date on) and its other columns (a change to one touches every period from the row's earliest
-- date on). Columns no derivation reads (names, texts, versions) are left out: changing them touches
-- no figure. Rows of reference data touch every period.
create function verwijzing_datums(t verwijzing) returns date[] language sql stable as
$$ select array[t.aangevraagd_op, t.besluit_op, t.gestart_op, t.beeindigd_op, t.ingetrokken_op] $$;
-- The status as the derivations tell it apart: granted (toegekend, gestart, beeindigd), withdrawn, or
-- neither; a step within one of these comes with its own date (start, einde) and touches from that date on.
create function verwijzing_kern(t verwijzing) returns text language sql stable as
$$ select row(t.casus_id, t.client_id, t.voorziening_id, t.aanbieder_id, t.contractsoort, t.verwijzer_id, t.doorbraak,
              case when t.status in ('TOEGEKEND', 'GESTART', 'BEEINDIGD') then 'toegekend'
                   when t.status = 'INGETROKKEN' then 'ingetrokken' else 'niet' end, t.vorm)::text $$;

create function melding_datums(t melding) returns date[] language sql stable as
$$ select array[t.meldingsdatum, t.afgehandeld_op] $$;
create function melding_kern(t melding) returns text language sql stable as
$$ select row(t.huishouden_id, t.voorziening_id, t.leefgebied_code, t.status, t.casus_id)::text $$;

create function casus_datums(t casus) returns date[] language sql stable as
$$ select array[cast(t.geopend_op as date), cast(t.afgesloten_op as date)] $$;
create function casus_kern(t casus) returns text language sql stable as
$$ select row(t.huishouden_id, t.regisseur)::text $$;

create function analyse_leefgebied_datums(t analyse_leefgebied) returns date[] language sql stable as
$$ select array[(select cast(c.geopend_op as date) from casus c where c.id = t.casus_id)] $$;
create function analyse_leefgebied_kern(t analyse_leefgebied) returns text language sql stable as
$$ select row(t.casus_id, t.leefgebied_code)::text $$;

create function doel_datums(t doel) returns date[] language sql stable as
$$ select array[(select cast(c.geopend_op as date) from casus c where c.id = t.casus_id)] $$;
create function doel_kern(t doel) returns text language sql stable as
$$ select row(t.casus_id)::text $$;

-- A person counts through their referrals (age, household): from the earliest of those on.
create function gezinslid_datums(t gezinslid) returns date[] language sql stable as
$$ select array[(select min(indicator_vroegste(verwijzing_datums(r))) from verwijzing r where r.client_id = t.id)] $$;
create function gezinslid_kern(t gezinslid) returns text language sql stable as
$$ select row(t.huishouden_id, t.geboortedatum)::text $$;

-- A household counts through its members' referrals, its meldingen and its casussen (wijk, woonplaats).
create function huishouden_datums(t huishouden) returns date[] language sql stable as
$$ select array[(select min(indicator_vroegste(verwijzing_datums(r))) from gezinslid p join verwijzing r on r.client_id = p.id
                 where p.huishouden_id = t.id),
                (select min(m.meldingsdatum) from melding m where m.huishouden_id = t.id),
                (select min(cast(c.geopend_op as date)) from casus c where c.huishouden_id = t.id)] $$;
create function huishouden_kern(t huishouden) returns text language sql stable as
$$ select row(t.wijk_id, t.woonplaats)::text $$;

create function contract_datums(t contract) returns date[] language sql stable as
$$ select array[t.geldig_van, t.geldig_tot] $$;
create function contract_kern(t contract) returns text language sql stable as
$$ select row(t.aanbieder_id, t.wet, t.voorziening_id, t.soort)::text $$;

create function wijk_datums(t wijk) returns date[] language sql immutable as $$ select array[date '-infinity'] $$;
create function wijk_kern(t wijk) returns text language sql immutable as $$ select t::text $$;
create function voorziening_datums(t voorziening) returns date[] language sql immutable as $$ select array[date '-infinity'] $$;
create function voorziening_kern(t voorziening) returns text language sql immutable as $$ select t::text $$;
create function aanbieder_datums(t aanbieder) returns date[] language sql immutable as $$ select array[date '-infinity'] $$;
create function aanbieder_kern(t aanbieder) returns text language sql immutable as $$ select t::text $$;
create function verwijzer_datums(t verwijzer) returns date[] language sql immutable as $$ select array[date '-infinity'] $$;
create function verwijzer_kern(t verwijzer) returns text language sql immutable as $$ select t::text $$;
create function leefgebied_datums(t leefgebied) returns date[] language sql immutable as $$ select array[date '-infinity'] $$;
create function leefgebied_kern(t leefgebied) returns text language sql immutable as $$ select t::text $$;

-- For every table, one statement trigger function, with static SQL (planned once per session): it
-- logs the earliest date the statement's rows touch, if any (an update that changes nothing a
-- derivation reads logs nothing).
do $$
declare
    t record;
begin
    for t in select * from (values ('verwijzing', 'id'), ('melding', 'id'), ('casus', 'id'), ('analyse_leefgebied', 'id'),
                                   ('doel', 'id'), ('gezinslid', 'id'), ('huishouden', 'id'), ('contract', 'id'), ('wijk', 'id'),
                                   ('voorziening', 'id'), ('aanbieder', 'id'), ('verwijzer', 'id'), ('leefgebied', 'code')) v(tabel, sleutel)
    loop
        execute format($f$
            create function %1$s_indicatoren() returns trigger language plpgsql as $b$
            declare
                vanaf date;
            begin
                if tg_op = 'INSERT' then
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
        execute format('create trigger %1$s_indicatoren_i after insert on %1$I referencing new table as nieuw
                        for each statement execute function %1$s_indicatoren()', t.tabel);
        execute format('create trigger %1$s_indicatoren_u after update on %1$I referencing old table as oud new table as nieuw
                        for each statement execute function %1$s_indicatoren()', t.tabel);
        execute format('create trigger %1$s_indicatoren_d after delete on %1$I referencing old table as oud
                        for each statement execute function %1$s_indicatoren()', t.tabel);
    end loop;
end $$;

-- The app's role gets these tables by the default privileges of V11.
