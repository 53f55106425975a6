import type { routeEn } from '../route';

export const routeZh: Record<keyof typeof routeEn, string> = {
  tabsLabel: '栏目',
  tabOverview: '概览',
  tabCorridors: '通道',
  tabRoutes: '线路',
  tabStory: '故事',
  tabMeasures: '措施',
  corridorPick: '请选择一条通道，或在地图上点击线路。',
  storyStart: '开始故事（2018–2026）',
  nodeOfLine: '所在线路',
  nodeNote: '说明',
  routeOpen: '比较从中国城市或口岸出发的线路',
  flowsPause: '暂停流动',
  flowsPlay: '播放流动',
  flowsLegend: '移动轨迹：流动密度按各通道公布的年度运量',
  embedCredit: '每条记录的来源见完整视图。底图：Natural Earth。海上航线：searoute（欧盟统计局）。',
  invalidParam: '链接参数 {param}="{raw}" 无法使用（{reason}），已显示默认值。',
};
