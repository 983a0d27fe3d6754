/**
 * The baseline for the police.uk load benchmark: DuckDB reading the same CSV files and grouping
 * them to the same aggregates Bluelamp stores (street: month × force × LSOA × local authority ×
 * crime type × last outcome; stop and search: month × force × every dimension), into tables of
 * its own database file. Run as its own process so its time and peak memory are its own.
 */
import { DuckDBInstance } from '@duckdb/node-api';

export async function duckdbAggregate(
  folder: string,
  databaseFile: string,
): Promise<{ streetGroups: number; searchGroups: number }> {
  const instance = await DuckDBInstance.create(databaseFile);
  const connection = await instance.connect();
  const street = `${folder}/**/*-street.csv`;
  const searches = `${folder}/**/*-stop-and-search.csv`;
  await connection.run(`
    create table street_crime_counts as
    select "Month" as month, "Falls within" as force, coalesce("LSOA code", '') as lsoa_code,
           coalesce(regexp_extract("LSOA name", '^(.*\\S)\\s+\\d{3}[A-Z]$', 1), '') as local_authority,
           "Crime type" as crime_type, coalesce("Last outcome category", '') as last_outcome, count(*) as crimes
    from read_csv('${street}', header = true, all_varchar = true, filename = false)
    group by all`);
  await connection.run(`
    create table stop_search_counts as
    select strftime(timezone('Europe/London', "Date"::timestamptz), '%Y-%m') as month, regexp_extract(filename, '\\d{4}-\\d{2}-(.+)-stop-and-search\\.csv$', 1) as force,
           "Type" as search_type, coalesce("Self-defined ethnicity", '') as self_defined, coalesce("Officer-defined ethnicity", '') as officer_defined,
           coalesce("Gender", '') as gender, coalesce("Age range", '') as age_range, coalesce("Legislation", '') as legislation,
           coalesce("Object of search", '') as object_of_search, coalesce("Outcome", '') as outcome,
           coalesce("Outcome linked to object of search", '') as outcome_linked, count(*) as searches
    from read_csv('${searches}', header = true, all_varchar = true, filename = true)
    group by all`);
  const count = async (table: string): Promise<number> => {
    const reader = await connection.runAndReadAll(`select count(*) from ${table}`);
    return Number(reader.getRows()[0]?.[0] ?? 0);
  };
  const result = { streetGroups: await count('street_crime_counts'), searchGroups: await count('stop_search_counts') };
  connection.closeSync();
  instance.closeSync();
  return result;
}
