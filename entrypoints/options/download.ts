/** Offers text as a file download, with no permission and no network: a blob link, clicked. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by then; the blob's memory can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
