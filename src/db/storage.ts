/**
 * Ask the browser to keep this site's data when the device runs low on space. Browsers may say no;
 * the teacher area shows the answer.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
