// Reading pixels back from a canvas, 2D or WebGL (a WebGL canvas only while the frame it drew is current).

/** A detached copy of `source` at exactly `width` × `height` pixels, over `backdrop` (a CSS colour) where given. */
export function copyCanvas(source: HTMLCanvasElement, width: number, height: number, backdrop?: string): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = width;
  copy.height = height;
  const ctx = copy.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available');
  if (backdrop) {
    ctx.fillStyle = backdrop;
    ctx.fillRect(0, 0, width, height);
  }
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, width, height);
  return copy;
}

/** True when every sampled pixel is transparent or all have one colour: nothing was drawn. */
export function pixelsAreBlank(rgba: ArrayLike<number>, width: number, height: number, grid = 24): boolean {
  let first: string | null = null;
  for (let gy = 0; gy < grid; gy += 1) {
    for (let gx = 0; gx < grid; gx += 1) {
      const x = Math.min(width - 1, Math.floor(((gx + 0.5) * width) / grid));
      const y = Math.min(height - 1, Math.floor(((gy + 0.5) * height) / grid));
      const i = (y * width + x) * 4;
      if (rgba[i + 3] === 0) continue;
      const key = `${rgba[i]},${rgba[i + 1]},${rgba[i + 2]},${rgba[i + 3]}`;
      if (first === null) first = key;
      else if (key !== first) return false;
    }
  }
  return true;
}

/** Samples a canvas (2D or WebGL) through a 2D copy. */
export function isBlank(canvas: HTMLCanvasElement): boolean {
  if (canvas.width === 0 || canvas.height === 0) return true;
  const copy = copyCanvas(canvas, canvas.width, canvas.height);
  const data = copy.getContext('2d')!.getImageData(0, 0, copy.width, copy.height).data;
  return pixelsAreBlank(data, copy.width, copy.height);
}
