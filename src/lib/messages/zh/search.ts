import type { searchEn } from '../search';

export const searchZh: Record<keyof typeof searchEn, string> = {
  searchLabel: '查找地点',
  searchPlaceholder: '查找城市、口岸…',
  searchResults_one: '找到 {n} 个地点',
  searchResults_other: '找到 {n} 个地点',
  searchNone: '数据中没有这个名称的地点。',
  searchKind_city: '试点城市',
  searchKind_port: '口岸',
  searchKind_node: '通道站点',
  searchKind_place: '地点',
  searchPilotIn: '{name}为试点城市的年份：{years}；地图显示的是{year}年。',
  searchPilotNow: '{name}：{year}年试点城市。',
  searchFound: '地图上已显示{name}。',
};
