/**
 * The join address as a QR code, drawn here (no service, no network): the module matrix from uqr, as one SVG
 * path of unit squares. Medium error correction: a code projected on a screen and photographed from the back of
 * a room reads with some glare or blur.
 */
import { encode } from 'uqr';

export interface QrPicture {
  /** Modules per side, the quiet zone included: the SVG's viewBox is 0 0 size size. */
  size: number;
  /** The dark modules, as path data. */
  path: string;
}

export function qrPicture(text: string): QrPicture {
  const { data } = encode(text, { ecc: 'M', border: 2 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    // Runs of dark modules on a row are one rectangle each: a shorter path than one square per module.
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      parts.push(`M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`);
    }
  });
  return { size: data.length, path: parts.join('') };
}
