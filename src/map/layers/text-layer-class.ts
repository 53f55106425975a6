// Its own module, imported only lazily (map-code.ts): the text layer's code gets a chunk of its own.
export { TextLayer } from '@deck.gl/layers';
