-- Stable codes for the catalogues (issue 14): every voorziening, verwijzer, aanbieder, wijk and team gets a
-- code that never changes, made once from today's name (lower case, words joined by hyphens). The indicator
-- derivations pick entries by code, so renaming an entry changes no figure; leefgebieden and AVE levels
-- already have theirs (code, niveau). A new entry without a code gets one from its name; changing a code
-- is refused by the database.

create function catalogus_code(naam text) returns text language sql immutable as $$
    select trim(both '-' from regexp_replace(lower(translate(naam, 'éëèêïíóöüúáàäçÉ', 'eeeeiioouuaaace')), '[^a-z0-9]+', '-', 'g'))
$$;

create function catalogus_code_vast() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' and new.code is null then
        new.code := catalogus_code(new.naam);
    elsif tg_op = 'UPDATE' and new.code is distinct from old.code then
        raise exception 'De code van een % blijft altijd dezelfde (%)', tg_table_name, old.code;
    end if;
    return new;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['voorziening', 'verwijzer', 'aanbieder', 'wijk', 'team'] loop
        execute format('alter table %I add column code varchar(80)', t);
        execute format('update %I set code = catalogus_code(naam)', t);
        execute format('alter table %I alter column code set not null', t);
        execute format('alter table %I add constraint %I unique (code)', t, t || '_code_uniek');
        execute format('alter table %I add constraint %I check (code ~ ''^[a-z0-9]+(-[a-z0-9]+)*$'')', t, t || '_code_vorm');
        execute format('create trigger %I before insert or update on %I for each row execute function catalogus_code_vast()',
                       t || '_code_vast', t);
    end loop;
end $$;
