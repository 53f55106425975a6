// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ShareDialog, type ShareDialogProps } from '../../src/ui/share/ShareDialog';
import { ExportMenu } from '../../src/ui/share/ExportMenu';

const VERSION = '7e0e2fdc4291';
const fullUrl: ShareDialogProps['fullUrl'] = ({ pinned, embed }) =>
  `https://example.org/atlas/?year=2025${embed ? '&embed=1' : ''}${pinned ? `&pin=${VERSION}` : ''}`;

const renderDialog = (over: Partial<ShareDialogProps> = {}) =>
  render(<ShareDialog open onClose={() => {}} fullUrl={fullUrl} title="Corridor Atlas 2025" dataVersion={VERSION} lang="en" {...over} />);

const snippet = () => (screen.getByLabelText('Embed code') as HTMLTextAreaElement).value;
const link = () => (screen.getByLabelText('Link to this view') as HTMLInputElement).value;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('share dialog', () => {
  test('the embed snippet is a lazy, full-width, titled iframe of the embedded view', () => {
    renderDialog();
    expect(screen.getByRole('dialog', { name: 'Share this view' })).toBeTruthy();
    const code = snippet();
    expect(code).toMatch(/^<iframe src="[^"]*embed=1[^"]*"/);
    expect(code).toContain('title="Corridor Atlas 2025"');
    expect(code).toContain('width="100%"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('&amp;embed=1');
  });

  test('live links carry no data version; pinned ones carry pin=<version>', () => {
    renderDialog();
    expect(snippet()).not.toContain('pin=');
    expect(link()).not.toContain('pin=');
    fireEvent.click(screen.getByLabelText(`Pinned to data version ${VERSION}: the map never changes`));
    expect(snippet()).toContain(`pin=${VERSION}`);
    expect(link()).toContain(`pin=${VERSION}`);
    expect(link()).not.toContain('embed=1');
  });

  test('a hostile title cannot break out of the attribute', () => {
    renderDialog({ title: '"><script>alert(1)</script>' });
    const code = snippet();
    expect(code).not.toContain('<script>');
    expect(code).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  test('Escape closes the dialog', () => {
    const onClose = vi.fn();
    renderDialog({ onClose });
    fireEvent.keyDown(screen.getByLabelText('Link to this view'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('the close button closes it', () => {
    const onClose = vi.fn();
    renderDialog({ onClose });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('copy puts the link and the snippet on the clipboard and says so', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderDialog();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).toHaveBeenLastCalledWith(link());
    expect(screen.getByRole('status').textContent).toBe('Link copied.');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy embed code' })));
    expect(writeText).toHaveBeenLastCalledWith(snippet());
    expect(screen.getByRole('status').textContent).toBe('Embed code copied.');
  });

  test('without clipboard access the text is selected and the reader is told to copy it', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderDialog();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(screen.getByRole('status').textContent).toMatch(/Could not copy/);
  });

  test('closing gives focus back to the button that opened it', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { rerender } = renderDialog();
    expect(document.activeElement).toBe(screen.getByLabelText('Link to this view'));
    rerender(<ShareDialog open={false} onClose={() => {}} fullUrl={fullUrl} title="t" dataVersion={VERSION} lang="en" />);
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});

describe('export menu', () => {
  test('asks for the chosen image scale and data file', () => {
    const onExportPng = vi.fn();
    const onDownload = vi.fn();
    const onExportSvg = vi.fn();
    const onDownloadPackage = vi.fn();
    render(<ExportMenu onExportPng={onExportPng} onExportSvg={onExportSvg} onDownload={onDownload} onDownloadPackage={onDownloadPackage} busy={false} lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'PNG 2×' }));
    fireEvent.click(screen.getByRole('button', { name: 'SVG (vector, for print)' }));
    fireEvent.click(screen.getByRole('button', { name: 'CSV (ports)' }));
    fireEvent.click(screen.getByRole('button', { name: 'CSV (sources)' }));
    fireEvent.click(screen.getByRole('button', { name: 'GeoJSON' }));
    fireEvent.click(screen.getByRole('button', { name: /^Data package \(zip\)/ }));
    expect(onExportPng).toHaveBeenCalledWith(2);
    expect(onExportSvg).toHaveBeenCalledTimes(1);
    expect(onDownload.mock.calls).toEqual([['portsCsv'], ['sourcesCsv'], ['geojson']]);
    expect(onDownloadPackage).toHaveBeenCalledTimes(1);
  });

  test('waits while a file is being made', () => {
    render(<ExportMenu onExportPng={() => {}} onExportSvg={() => {}} onDownload={() => {}} onDownloadPackage={() => {}} busy lang="en" />);
    expect((screen.getByRole('button', { name: 'PNG 1×' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: /^Data package/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Preparing the file…');
  });
});
