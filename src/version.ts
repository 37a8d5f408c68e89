/** The package version, compared when another copy of iop-family has already defined a tag. Kept in step with package.json by a test. */
export const VERSION = '0.2.0';
