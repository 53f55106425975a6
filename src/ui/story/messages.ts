import type { Lang } from '../../lib/i18n';

/** Strings of the story, timeline list, measures browser and key figures; keys do not overlap src/lib/i18n.ts. */
export const storyMessagesEn = {
  // story panel
  storyRegion: 'Story: cross-border trade facilitation, 2018–2026',
  storyStepOf: 'Step {n} of {total}',
  storyProgress: 'Story progress',
  storyPrevious: 'Previous step',
  storyNext: 'Next step',
  storyExit: 'Exit story',
  storyLinkToStep: 'Link to this step',
  storyKeysHint: 'Left and right arrow keys move between steps; Escape leaves the story.',
  storyYear: 'Year {year}',
  storyEvents: 'Events in this step',
  // handout
  handoutTitle: 'Cross-border trade facilitation, 2018–2026: a story in {n} steps',
  handoutIntro: 'Each step gives the year, what happened and the sources of every fact. Dates and figures are as the sources give them.',
  handoutPrint: 'Print handout',
  handoutStep: 'Step {n} · {year}',
  handoutMapAlt: 'Map for step {n}: {title}',
  handoutNoMap: 'Map image not available',
  // events
  eventsTitle: 'Policy and corridor timeline',
  eventsEmpty: 'No events to show.',
  eventsConflict: 'Sources disagree on the date',
  eventsSourcesOf: 'Sources: {ids}',
  eventKind_policy: 'Policy',
  eventKind_action: 'Special action',
  eventKind_corridor: 'Corridor',
  eventKind_measures: 'Measures',
  // shared status labels
  storyStatus_confirmed: 'confirmed',
  storyStatus_inferred: 'inferred',
  storyStatus_uncertain: 'uncertain',
  // measures browser
  measuresTitle: 'Measures by year and direction',
  measuresFilterDirection: 'Direction',
  measuresFilterCity: 'City',
  measuresAllDirections: 'All directions',
  measuresAllCities: 'All cities',
  measuresListed: '{listed} of {total} listed; the rest not yet listed in sources',
  measuresAllListed: 'All {total} listed',
  measuresTotalUnknown: '{listed} listed; the total is not published',
  measuresShowing: 'Showing {shown} of the {listed} listed',
  measuresNoneListed: 'None of these measures is listed in the sources found so far.',
  measuresNoneMatch: 'No listed measure of this set matches the filters.',
  measuresUngrouped: 'Direction not given',
  measuresCities: 'Piloted or reported in: {cities}',
  measuresNoCity: 'No pilot city named in sources',
  measuresSetSources: 'Sources of this set',
  // key figures
  keyFiguresTitle: 'Key figures',
  keyFiguresAsOf: 'as of {date}',
  keyFiguresSources: 'Sources: {ids}',
  keyFiguresUnit_measures: 'measures',
  keyFiguresUnit_cities: 'cities',
} as const;

export type StoryMessageKey = keyof typeof storyMessagesEn;

export const storyMessagesZh: Record<StoryMessageKey, string> = {
  storyRegion: '故事：促进跨境贸易便利化，2018—2026年',
  storyStepOf: '第 {n} 步，共 {total} 步',
  storyProgress: '故事进度',
  storyPrevious: '上一步',
  storyNext: '下一步',
  storyExit: '退出故事',
  storyLinkToStep: '本步链接',
  storyKeysHint: '左右方向键切换步骤；Esc 键退出故事。',
  storyYear: '{year} 年',
  storyEvents: '本步涉及的事件',
  handoutTitle: '促进跨境贸易便利化（2018—2026年）：{n} 步故事',
  handoutIntro: '每一步列出年份、发生的事件以及每项事实的来源。日期和数字均以来源为准。',
  handoutPrint: '打印讲义',
  handoutStep: '第 {n} 步 · {year} 年',
  handoutMapAlt: '第 {n} 步地图：{title}',
  handoutNoMap: '暂无地图图片',
  eventsTitle: '政策与通道时间线',
  eventsEmpty: '没有可显示的事件。',
  eventsConflict: '来源对日期说法不一',
  eventsSourcesOf: '来源：{ids}',
  eventKind_policy: '政策',
  eventKind_action: '专项行动',
  eventKind_corridor: '通道',
  eventKind_measures: '措施',
  storyStatus_confirmed: '已证实',
  storyStatus_inferred: '推断',
  storyStatus_uncertain: '存疑',
  measuresTitle: '按年份和方向浏览措施',
  measuresFilterDirection: '方向',
  measuresFilterCity: '城市',
  measuresAllDirections: '全部方向',
  measuresAllCities: '全部城市',
  measuresListed: '共 {total} 项，已列出 {listed} 项；其余尚未在来源中列出',
  measuresAllListed: '{total} 项均已列出',
  measuresTotalUnknown: '已列出 {listed} 项；总数未公布',
  measuresShowing: '显示已列出 {listed} 项中的 {shown} 项',
  measuresNoneListed: '目前找到的来源中尚未列出其中任何一项措施。',
  measuresNoneMatch: '该组措施中没有符合筛选条件的已列出措施。',
  measuresUngrouped: '未注明方向',
  measuresCities: '试点或报道城市：{cities}',
  measuresNoCity: '来源中未具名试点城市',
  measuresSetSources: '本组措施的来源',
  keyFiguresTitle: '关键数据',
  keyFiguresAsOf: '截至 {date}',
  keyFiguresSources: '来源：{ids}',
  keyFiguresUnit_measures: '项措施',
  keyFiguresUnit_cities: '个城市',
};

export const STORY_CATALOGUES: Record<Lang, Record<StoryMessageKey, string>> = { en: storyMessagesEn, zh: storyMessagesZh };

export type StoryTranslate = (key: StoryMessageKey, vars?: Record<string, string | number>) => string;

/** Same contract as `translator` in src/lib/i18n.ts, so the catalogues can be merged without touching callers' logic. */
export const storyTranslator = (lang: Lang): StoryTranslate => (key, vars) =>
  STORY_CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`));

/** True when `key` is a story message, for keys built from data (units, kinds). */
export const isStoryMessageKey = (key: string): key is StoryMessageKey => Object.hasOwn(storyMessagesEn, key);
