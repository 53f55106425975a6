import { RoutePanel } from '../route/RoutePanel';

export function RoutesTab() {
  return <RoutePanel />;
}
