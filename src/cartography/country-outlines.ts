// Natural Earth countries as GeoJSON: what the vector export draws and what the basemap tiles are cut from.
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

export type CountriesTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
export type CountryOutlines = { countries: GeoJSON.FeatureCollection; borders: GeoJSON.MultiLineString };

/** The countries (ids as numbers, so a style filter matches them) and the borders between them. */
export function countryOutlines(topology: CountriesTopology): CountryOutlines {
  const countries = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
  // ids are zero-padded strings ("156").
  for (const f of countries.features) if (f.id !== undefined) f.id = Number(f.id);
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return { countries, borders };
}
