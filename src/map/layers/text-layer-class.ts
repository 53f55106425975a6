// Its own module, imported only lazily (text-layer-code.ts): the text layer's code gets a chunk of its own.
export { TextLayer } from '@deck.gl/layers';
