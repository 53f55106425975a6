import { GrowthChart } from '../GrowthChart';
import { LayerPanel } from '../LayerPanel';
import { CityTable } from '../CityTable';

export function OverviewTab() {
  return (
    <>
      <GrowthChart />
      <LayerPanel />
      <div id="pilot-city-table" tabIndex={-1}>
        <CityTable />
      </div>
    </>
  );
}
