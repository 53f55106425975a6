import type { partsEn } from '../parts';

export const partsZh: Record<keyof typeof partsEn, string> = {
  retry: '重试',
  mapFailed: '地图无法显示。数字、表格和时间轴仍可使用。',
  messagesFailed: '中文文本无法加载，页面以英文显示。',
  routeCodeFailed: '路线比较无法加载。',
  exportCodeFailed: '导出功能无法加载。',
  namesCodeFailed: '地名无法加载，地图只显示数据，不显示地名。',
  fontFailed: '中文字体无法加载，中文以本设备自带的字体显示。',
};
