let canDraw: boolean | undefined;

/** True when the browser can give a WebGL2 context; the map needs it, the table does not. Asked once per page. */
export function hasWebGL2(): boolean {
  if (canDraw === undefined) {
    try {
      canDraw = Boolean(document.createElement('canvas').getContext('webgl2'));
    } catch {
      canDraw = false;
    }
  }
  return canDraw;
}
