/**
 * Draws diagrams with Mermaid itself, in headless Chromium, at build time: the project's pinned
 * Mermaid bundle is loaded into a blank page once, then each source is rendered there and its SVG
 * handed back to Node. Not pure (it drives a browser), so it has no unit test; the build and the
 * cache test exercise it.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { MERMAID_CONFIG } from './theme.ts';

/** Mermaid's self-contained browser bundle from the installed package. */
const BUNDLE = join(dirname(fileURLToPath(import.meta.resolve('mermaid'))), 'mermaid.min.js');

interface MermaidGlobal {
  mermaid: {
    initialize(config: unknown): void;
    render(id: string, source: string): Promise<{ svg: string }>;
  };
}

export interface Renderer {
  /** Mermaid's SVG for `source`, its element ids prefixed with `id`; rejects with Mermaid's error. */
  render(source: string, id: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts Chromium (`executablePath`, launched with `args`) with Mermaid loaded and configured. */
export async function openRenderer(executablePath: string, args: readonly string[]): Promise<Renderer> {
  const browser = await chromium.launch({ executablePath, args: [...args] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: BUNDLE });
    await page.evaluate((config) => (window as unknown as MermaidGlobal).mermaid.initialize(config), MERMAID_CONFIG);
    return {
      render: (source, id) =>
        page.evaluate(async ([s, i]) => (await (window as unknown as MermaidGlobal).mermaid.render(i, s)).svg, [
          source,
          id,
        ] as const),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
