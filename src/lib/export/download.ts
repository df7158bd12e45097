/** Saves text as a file through a temporary object URL (no request leaves the page). */
export function downloadText(fileName: string, mimeType: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke after the click has been handled, or the download may be cancelled.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
