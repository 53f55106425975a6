import { GrowthChart } from '../GrowthChart';
import { LayerPanel } from '../LayerPanel';
import { CityTable } from '../CityTable';
import { DataHealthButton } from '../health/DataHealthButton';

export function OverviewTab() {
  return (
    <>
      <GrowthChart />
      <p className="about-data"><DataHealthButton /></p>
      <LayerPanel />
      <div id="pilot-city-table" tabIndex={-1}>
        <CityTable />
      </div>
    </>
  );
}
