// Reads a picked file as base64 (what POST /api/workers/import takes), without the data-URL prefix.
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const fileToBase64 = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
