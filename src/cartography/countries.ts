// The bundled Natural Earth country outlines of the vector export (the map draws them from vector tiles cut at build time).
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

type CountriesTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/** Fetches the bundled Natural Earth countries; throws with a readable message on failure. */
export async function loadCountries(): Promise<{ countries: GeoJSON.FeatureCollection; borders: GeoJSON.MultiLineString }> {
  const res = await fetch(countriesUrl);
  if (!res.ok) throw new Error(`country outlines could not be loaded (HTTP ${res.status})`);
  const topology = (await res.json()) as CountriesTopology;
  if (topology?.type !== 'Topology' || !topology.objects?.countries) throw new Error('country outlines are not valid TopoJSON');
  const countries = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
  // ids are zero-padded strings ("156"); numeric ids let a style filter match them.
  for (const f of countries.features) if (f.id !== undefined) f.id = Number(f.id);
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return { countries, borders };
}
