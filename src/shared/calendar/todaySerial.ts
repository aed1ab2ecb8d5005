import { serialFromYmd } from "./serial";

/**
 * Today's date as a serial, by the computer's clock and time zone, as Excel's TODAY().
 *
 * @example todaySerial(new Date(2021, 4, 5, 23, 59)) === 44321
 */
export function todaySerial(now: Date = new Date()): number {
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
