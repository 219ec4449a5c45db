import { originPattern } from '../shared/bill/hosts.ts'

// The platform adapter for host permissions: a secret goes only to an origin the user granted (or the manifest
// grants). Background logic receives this function, so unit tests can pass a fake.
export async function hostGranted(url: string): Promise<boolean> {
  try {
    return await chrome.permissions.contains({ origins: [originPattern(url)] })
  } catch {
    // Not a URL, or an origin the browser cannot even express as a permission.
    return false
  }
}
