/**
 * Photos the shopper attaches (DECISIONS.md D12): downscaled on the device before they leave it
 * (longest side 1600 px, JPEG quality 0.8, re-encoded so EXIF and location data are gone).
 */

/** At most this many photos per product. */
export const maxPhotosPerProduct = 5;
const longestSide = 1600;
const jpegQuality = 0.8;

/** Re-encodes an image file as a JPEG no larger than 1600 px on its longest side. */
export async function downscalePhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  try {
    const scale = Math.min(1, longestSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas context');
    context.drawImage(bitmap, 0, 0, width, height);
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: jpegQuality });
  } finally {
    bitmap.close();
  }
}

/** A blob as a `data:` URL (the route without `upload` sends photos this way). */
export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the photo'));
    reader.readAsDataURL(blob);
  });
}
