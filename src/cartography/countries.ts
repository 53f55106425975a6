// The bundled Natural Earth country outlines of the vector export (the map draws them from vector tiles cut at build time).
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { countryOutlines, type CountriesTopology, type CountryOutlines } from './country-outlines';

/** Fetches the bundled Natural Earth countries; throws with a readable message on failure. */
export async function loadCountries(): Promise<CountryOutlines> {
  const res = await fetch(countriesUrl);
  if (!res.ok) throw new Error(`country outlines could not be loaded (HTTP ${res.status})`);
  const topology = (await res.json()) as CountriesTopology;
  if (topology?.type !== 'Topology' || !topology.objects?.countries) throw new Error('country outlines are not valid TopoJSON');
  return countryOutlines(topology);
}
