/**
 * Steps taken by the parts of the analysis that could grow faster than the file (walking up from each
 * use, the window around /mfa/setup references): a test checks they grow linearly with the file.
 */
export const work = { steps: 0 }
