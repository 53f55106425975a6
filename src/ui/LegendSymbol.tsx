import { memo } from 'react';
import { rgb } from 'd3-color';
import { sameSymbol, type LegendSymbol as Symbol } from '../state/legend';
import { lineSwatchCss } from '../cartography/palette';

const pale = (css: string) => rgb(css).copy({ opacity: 0.45 }).formatRgb();

/**
 * One legend symbol as the on-screen legends draw it; the PNG and SVG exports draw the same model. The legend is
 * rebuilt with every year: a symbol that draws the same is not rendered again.
 */
export const LegendSymbol = memo(function LegendSymbol({ symbol }: { symbol: Symbol }) {
  switch (symbol.type) {
    case 'line':
      return <span className="swatch" style={{ background: lineSwatchCss(symbol) }} aria-hidden="true" />;
    case 'dot':
      return symbol.inferred
        ? <span className="dot" style={{ background: pale(symbol.color), boxShadow: `0 0 0 1px ${symbol.color}` }} aria-hidden="true" />
        : <span className="dot" style={{ background: symbol.color }} aria-hidden="true" />;
    case 'ring':
      return <span className="dot ring" style={{ boxShadow: `0 0 0 2px ${symbol.color}` }} aria-hidden="true" />;
    case 'shape':
      return (
        <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true">
          <path d={symbol.path} fill={symbol.color} fillRule="evenodd" />
        </svg>
      );
  }
}, (a, b) => sameSymbol(a.symbol, b.symbol));
