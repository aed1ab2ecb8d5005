/** Mean length of a lunation in days. */
export const SYNODIC_MONTH = 29.530588853;

/**
 * Julian day (fractional, UT) of the k-th new moon after the one of 1900-01-01, by the series
 * of Meeus' "Astronomical Algorithms" as used in Hồ Ngọc Đức's Vietnamese calendar.
 *
 * @example Math.floor(newMoonJd(1460) + 0.5 + 7 / 24) === 2459258 // new moon of 2021-02-12, UTC+7
 */
export function newMoonJd(k: number): number {
  const T = k / 1236.85; // Julian centuries since 1900-01-01
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let Jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  Jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // argument of latitude
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltat =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return Jd1 + C1 - deltat;
}

/**
 * The civil day (Julian day number) on which the k-th new moon falls in a time zone: the
 * Vietnamese calendar uses UTC+7, which is why it sometimes differs from China's (UTC+8).
 *
 * @example newMoonDay(1460, 7) === 2459258 // 2021-02-12
 */
export function newMoonDay(k: number, timeZone: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + timeZone / 24);
}
