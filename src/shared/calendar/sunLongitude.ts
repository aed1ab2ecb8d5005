/**
 * The sun's apparent longitude in radians (0 ≤ L < 2π) at a Julian day (fractional, UT).
 *
 * @example Math.round((sunLongitudeAt(2459295.5) * 180) / Math.PI) // ≈ 0 at the March equinox
 */
export function sunLongitudeAt(jd: number): number {
  const T = (jd - 2451545.0) / 36525; // Julian centuries since J2000.0
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2; // mean anomaly
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2; // mean longitude
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L = L - Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return L;
}

/**
 * Which of the 12 major solar-term sectors (30° each, 0 = from the March equinox) the sun is in
 * at the start of a civil day in a time zone. A lunar month without a change of sector is leap.
 *
 * @example solarTermSector(2459216, 7) === 9 // 2021-01-01: between winter solstice and 300°
 */
export function solarTermSector(dayNumber: number, timeZone: number): number {
  return Math.floor((sunLongitudeAt(dayNumber - 0.5 - timeZone / 24) / Math.PI) * 6);
}
