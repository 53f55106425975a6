import { describe, expect, it } from 'vitest';
import { articleHtml, articleReport, articleSummary, kbPerExtraEmbed, type ArticleRun } from '../../scripts/bench/article';
import { iframeSnippet } from '../../src/export/share-url';

const run = (over: Partial<ArticleRun>): ArticleRun => ({
  embeds: 3, caching: 'deployment', drawnMs: [9000, 11000, 12000], afterScrollMs: [9000, 1500, 1600],
  sentBytes: 990 * 1024, filesSent: 29, notModified: 4, ...over,
});

describe('the bench’s article with several embeds', () => {
  it('is paragraphs with the Share dialog’s snippet between them, one year each', () => {
    const html = articleHtml('http://127.0.0.1:5000/', 3);
    expect(html.match(/<iframe /g)).toHaveLength(3);
    expect(html).toContain(iframeSnippet('http://127.0.0.1:5000/?embed=1&year=2023', 'Map 1'));
    expect(html).toContain(iframeSnippet('http://127.0.0.1:5000/?embed=1&year=2025', 'Map 3'));
    expect(html.match(/<p>/g)).toHaveLength(4);
    expect(html).toContain('loading="lazy"');
  });

  it('sums up each case by medians, and what each embed after the first costs', () => {
    const runs = [
      run({ embeds: 1, drawnMs: [9500], afterScrollMs: [9000], sentBytes: 960 * 1024, filesSent: 27, notModified: 0 }),
      run({ embeds: 1, drawnMs: [9700], afterScrollMs: [9100], sentBytes: 970 * 1024, filesSent: 27, notModified: 0 }),
      run({}),
      run({ caching: 'none', drawnMs: [17800, 19500, 21400], afterScrollMs: [17000, 1700, 1900], sentBytes: 2895 * 1024, filesSent: 81, notModified: 0 }),
    ];
    const summary = articleSummary(runs);
    expect(summary.map((s) => s.name)).toEqual(['one embed, deployment', '3 embeds, deployment', '3 embeds, revalidate', '3 embeds, no caching']);
    expect(summary.map((s) => s.runs)).toEqual([2, 1, 0, 1]);
    const one = summary.find((s) => s.embeds === 1)!;
    expect([one.runs, one.sentKb, one.firstDrawnMs]).toEqual([2, 965, 9600]);
    const none = summary.find((s) => s.caching === 'none')!;
    expect([none.sentKb, none.filesSent, none.firstDrawnMs, none.laterAfterScrollMs]).toEqual([2895, 81, 17800, 1800]);
    expect(kbPerExtraEmbed(summary, 'deployment')).toBe(12.5);
    expect(kbPerExtraEmbed(summary, 'none')).toBe(965);
    // Revalidation was not measured: no figure, never a good one.
    expect(kbPerExtraEmbed(summary, 'revalidate')).toBeNaN();
    const report = articleReport(summary, 'phone').join('\n');
    expect(report).toMatch(/KB the app's server sent\s+965\s+990\s+n\/a\s+2895/);
    expect(report).toContain('Each embed after the first costs 13 KB (deployment), not measured (revalidate), 965 KB (no caching).');
  });
});
