/**
 * The demo's pictures, drawn on a canvas at run time as PNG data URLs (so the playground works
 * offline). `orders.json` names them by key; {@link imageUrl} draws each key once.
 */

interface Art {
  colour: string;
  label: string;
  width?: number;
  height?: number;
  /** A scene instead of a labelled tile. */
  draw?: (g: CanvasRenderingContext2D, width: number, height: number) => void;
}

const art: Record<string, Art> = {
  socks: { colour: '#4b5563', label: 'Socks' },
  'shoe-navy': { colour: '#1f4e8c', label: 'Shoe' },
  'shoe-forest': { colour: '#2f6b45', label: 'Shoe' },
  jacket: { colour: '#55722f', label: 'Jacket' },
  parka: { colour: '#26262b', label: 'Parka' },
  tote: { colour: '#a1883d', label: 'Tote' },
  hat: { colour: '#8c6b1f', label: 'Hat' },
  cap: { colour: '#c2410c', label: 'Cap' },
  scarf: { colour: '#8c1f55', label: 'Scarf' },
  backpack: { colour: '#0f766e', label: 'Pack' },
  belt: { colour: '#7a4a2a', label: 'Belt' },
  gift: { colour: '#6d28d9', label: 'Gift' },
  bra: { colour: '#2b2b30', label: 'Bra' },
  earbuds: { colour: '#374151', label: 'Buds' },
  'phone-case': { colour: '#e11d48', label: 'Case' },
  'post-office': { colour: '#b3261e', label: 'Post' },
  locker: { colour: '#ca8a04', label: 'Locker' },
  'sole-fault': { colour: '#8a7a62', label: 'Sole', width: 240, height: 180 },
  doorstep: { colour: '#6b4f3a', label: '', width: 480, height: 360, draw: doorstep },
  label: { colour: '#f7f3e8', label: '', width: 320, height: 200, draw: returnLabel },
};

function doorstep(g: CanvasRenderingContext2D) {
  g.fillStyle = '#3d6b45';
  g.fillRect(0, 0, 480, 90);
  g.fillStyle = '#8a7a62';
  g.fillRect(80, 230, 320, 110);
  g.fillStyle = '#c8955a';
  g.fillRect(170, 150, 150, 120);
  g.fillStyle = '#a87840';
  g.fillRect(236, 150, 18, 120);
}

function returnLabel(g: CanvasRenderingContext2D) {
  g.strokeStyle = '#1b1d21';
  g.lineWidth = 4;
  g.strokeRect(8, 8, 304, 184);
  g.fillStyle = '#1b1d21';
  for (let x = 0; x < 8; x++) {
    for (let y = 0; y < 8; y++) if ((x * 7 + y * 3 + x * y) % 3 !== 0) g.fillRect(28 + x * 14, 44 + y * 14, 12, 12);
  }
  g.font = '600 20px system-ui, sans-serif';
  g.fillText('RETURN', 170, 70);
  g.font = '14px system-ui, sans-serif';
  g.fillText('Freepost RTRN', 170, 100);
}

const cache = new Map<string, string>();

/** The PNG data URL of the picture named `key` (an unknown key draws a grey tile with its name). */
export function imageUrl(key: string): string {
  let url = cache.get(key);
  if (url === undefined) {
    url = draw(art[key] ?? { colour: '#6b7280', label: key.slice(0, 6) });
    cache.set(key, url);
  }
  return url;
}

/** A labelled tile of `colour` as a PNG data URL (for pictures the data set does not name). */
export function picture(colour: string, label: string, width = 160, height = width): string {
  return draw({ colour, label, width, height });
}

function draw({ colour, label, width = 160, height = width, draw: scene }: Art): string {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (!g) return '';
  g.fillStyle = colour;
  g.fillRect(0, 0, width, height);
  if (scene) {
    scene(g, width, height);
  } else {
    g.fillStyle = 'rgb(255 255 255 / 0.88)';
    g.font = `600 ${Math.round(Math.min(width, height) / 5)}px system-ui, sans-serif`;
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    g.fillText(label, width / 2, height / 2);
  }
  return canvas.toDataURL('image/png');
}
