-- Logboek dataverwerkingen (Logius standard): the register of verwerkingsactiviteiten kept in the app,
-- and one log entry per data subject for every read and change of personal data.
-- Append-only for the app: the app's database role (placeholder app_rol) may insert and select, never
-- update, delete or truncate. Flyway migrates as the schema owner.

create table verwerkingsactiviteit (
    code        varchar(40)  primary key,
    naam        varchar(150) not null,
    doel        text         not null,
    grondslag   text         not null,
    gegevens    text         not null
);

insert into verwerkingsactiviteit (code, naam, doel, grondslag, gegevens) values
 ('INTAKE_ZOEKEN', 'Huishouden zoeken bij intake',
  'Vaststellen of een inwoner al bekend is, zodat één huishouden één dossier heeft (één gezin, één plan).',
  'AVG art. 6 lid 1 sub e; Wmo 2015 art. 2.3.2; Jeugdwet art. 2.3; Participatiewet art. 7', 'naam, adres, wijk, aantal meldingen'),
 ('MELDING_REGISTREREN', 'Melding registreren',
  'Een hulpvraag van een inwoner vastleggen en in behandeling nemen.',
  'AVG art. 6 lid 1 sub e; Wmo 2015 art. 2.3.2; Jeugdwet art. 2.3', 'BSN, naam, geboortedatum, adres, hulpvraag, verwijzer'),
 ('MELDING_INZIEN', 'Meldingen inzien',
  'Meldingen van het eigen team behandelen (werkvoorraad, afhandelen).',
  'AVG art. 6 lid 1 sub e; Wmo 2015 art. 2.3.2; Jeugdwet art. 2.3', 'naam, adres, hulpvraag'),
 ('MELDING_AFHANDELEN', 'Melding afhandelen',
  'Een melding opnemen in de casus van het huishouden, overdragen aan het team van die casus, of afsluiten.',
  'AVG art. 6 lid 1 sub e; Wmo 2015 art. 2.3.2; Jeugdwet art. 2.3', 'melding, casus'),
 ('DOSSIER_INZIEN', 'Dossier inzien',
  'Regie voeren op de ondersteuning van een huishouden: analyse, plan, verwijzingen, verslagen.',
  'AVG art. 6 lid 1 sub e, art. 9 lid 2 sub h; Wmo 2015 art. 5.1.1; Jeugdwet art. 7.4.0', 'het hele dossier'),
 ('DOSSIER_WIJZIGEN', 'Dossier wijzigen',
  'Regie voeren op de ondersteuning van een huishouden: analyse, plan, verwijzingen, verslagen.',
  'AVG art. 6 lid 1 sub e, art. 9 lid 2 sub h; Wmo 2015 art. 5.1.1; Jeugdwet art. 7.4.0', 'het hele dossier'),
 ('CASELOAD_INZIEN', 'Caseload inzien',
  'De eigen werkvoorraad van casussen plannen (termijnen, AVE-niveau, veiligheid).',
  'AVG art. 6 lid 1 sub e', 'naam, wijk, status, AVE-niveau, termijnen'),
 ('INDICATOR_DRILLDOWN', 'Casussen achter een indicator',
  'Sturen op de prestatie-indicatoren van het Actieplan: de casussen achter een telling die de medewerker mag openen.',
  'AVG art. 6 lid 1 sub e', 'adres, wijk, team, status, AVE-niveau'),
 ('INZAGEVERZOEK', 'Inzageverzoek beantwoorden',
  'Een verzoek van een betrokkene om inzage (AVG art. 15) beantwoorden.',
  'AVG art. 6 lid 1 sub c, art. 15', 'logboek van de betrokkene'),
 ('BEWAARTERMIJN', 'Bewaartermijn toepassen',
  'Persoonsgegevens van afgesloten casussen verwijderen of anonimiseren na de bewaartermijn.',
  'AVG art. 5 lid 1 sub e, art. 17; Jeugdwet art. 7.3.8; Wmo 2015 art. 5.1.1', 'het hele dossier');

create table logboek (
    id               bigint generated always as identity primary key,
    trace_id         char(32)     not null,
    span_id          char(16)     not null,
    activiteit       varchar(40)  not null references verwerkingsactiviteit (code),
    naam             varchar(100) not null,
    gebruiker        varchar(100) not null,
    betrokkene_type  varchar(20)  not null,
    betrokkene_id    varchar(64)  not null,
    betrokkene_bsn   varchar(64)[] not null default '{}',
    status           varchar(10)  not null check (status in ('OK', 'GEWEIGERD', 'FOUT')),
    start_tijd       timestamptz  not null,
    eind_tijd        timestamptz  not null,
    object           varchar(60),
    toelichting      text
);
create index logboek_bsn on logboek using gin (betrokkene_bsn);
create index logboek_gebruiker on logboek (gebruiker, start_tijd);
create index logboek_tijd on logboek (start_tijd);
create index logboek_trace on logboek (trace_id, activiteit, betrokkene_id);

-- The old read log: superseded by the logboek (its entries are kept, nothing writes it any more).
comment on table dossier_inzage is 'Superseded by logboek (V11); read-only history.';

-- Retention of personal data (bewaartermijn): when a household's data was anonymised.
alter table huishouden add column geanonimiseerd_op timestamptz;

-- The log's own term: only this function, owned by the schema owner, deletes log entries, and only
-- those older than the term it is given (at least 5 years: the app cannot shorten it further).
create function logboek_ruim_op(jaren int) returns bigint
language plpgsql security definer set search_path = public as $$
declare
    weg bigint;
begin
    if jaren < 5 then
        raise exception 'De bewaartermijn van het logboek is minstens 5 jaar';
    end if;
    delete from logboek where eind_tijd < now() - make_interval(years => jaren);
    get diagnostics weg = row_count;
    return weg;
end $$;
revoke all on function logboek_ruim_op(int) from public;

-- The app's role: everything it needs on the casework tables, insert and select on the logboek.
do $$
declare
    app text := '${app_rol}';
begin
    if app <> '' and app <> current_user and exists (select 1 from pg_roles where rolname = app) then
        execute format('grant usage on schema public to %I', app);
        execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
        execute format('grant usage, select on all sequences in schema public to %I', app);
        execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', app);
        execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
        execute format('revoke all on flyway_schema_history from %I', app);
        execute format('revoke update, delete, truncate on logboek from %I', app);
        execute format('revoke insert, update, delete, truncate on dossier_inzage, verwerkingsactiviteit from %I', app);
        execute format('grant execute on function logboek_ruim_op(int) to %I', app);
    end if;
end $$;
