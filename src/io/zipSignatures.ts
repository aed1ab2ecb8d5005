/** The record signatures of the zip format (APPNOTE 4.3), as little-endian 32-bit values. */
export const ZIP_SIGNATURE = {
  local: 0x04034b50,
  central: 0x02014b50,
  end: 0x06054b50,
  zip64Locator: 0x07064b50,
  zip64End: 0x06064b50,
} as const;
